using System.Text.Json;
using Platform.Domain.Common;
using Platform.Domain.Directory.Users;

namespace Platform.Application.Events;

/// <summary>
/// The payloads (<c>data</c>) of the event types, as stored and as the events API returns them (docs/events.md). The
/// attribute changes are the audit's: values shortened, secret-looking extension attributes withheld (named, no values).
/// </summary>
public static class ChangeEventData
{
    /// <summary>A group's membership change is split into events of at most this many users, so that no event grows without bound.</summary>
    public const int MaxUsersPerEvent = 1000;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string User(string userName, IReadOnlyList<AttributeChange>? changes = null) =>
        changes is null
            ? JsonSerializer.Serialize(new { userName }, Options)
            : JsonSerializer.Serialize(new { userName, changes = Changes(changes) }, Options);

    public static string Group(string displayName, IReadOnlyList<AttributeChange>? changes = null) =>
        changes is null
            ? JsonSerializer.Serialize(new { displayName }, Options)
            : JsonSerializer.Serialize(new { displayName, changes = Changes(changes) }, Options);

    public static string Members(string displayName, IEnumerable<UserId> userIds) =>
        JsonSerializer.Serialize(new { displayName, userIds = userIds.Select(id => id.ToString()) }, Options);

    private static IEnumerable<object> Changes(IReadOnlyList<AttributeChange> changes) =>
        changes.Select(c => new { attribute = c.Attribute, before = c.Before, after = c.After });
}
