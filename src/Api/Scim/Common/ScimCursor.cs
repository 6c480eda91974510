using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Application.Directory.Filtering;
using Platform.Domain.Tenancy;

namespace Platform.Api.Scim.Common;

/// <summary>
/// Cursor paging (RFC 9865). A cursor is opaque to clients: base64url JSON holding the last resource's sort key and
/// id (the next page is a keyset seek, so a walk is O(n) and sees every resource that exists throughout exactly
/// once while others come and go), the company, a hash of the resource type, filter and sort it was made for, and
/// when it was made. One used with another company, filter or sort is <c>invalidCursor</c>; one older than
/// <see cref="Timeout"/> is <c>expiredCursor</c>. It grants nothing: the company is always the caller's own.
/// </summary>
public static class ScimCursor
{
    public static readonly TimeSpan Timeout = TimeSpan.FromHours(1);

    /// <summary>The position <paramref name="cursor"/> continues from; null for the first page (an empty cursor).</summary>
    public static ScimResult<KeysetPaging> Read(string cursor, CompanyId companyId, string scope, TimeProvider clock)
    {
        if (cursor.Length == 0) return new KeysetPaging(null);
        Payload? payload;
        try
        {
            payload = cursor.Length > 2048 ? null : JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            payload = null;
        }

        if (payload is null || payload.Company != companyId.Value || payload.Scope != Hash(scope))
        {
            return Invalid("invalidCursor", "The cursor is not one this server gave for this list (the same filter and sort); start again with cursor= (empty).");
        }

        if (clock.GetUtcNow().ToUnixTimeSeconds() - payload.Issued > Timeout.TotalSeconds)
        {
            return Invalid("expiredCursor", $"The cursor has expired (cursors last {Timeout.TotalSeconds:0} seconds); start again with cursor= (empty).");
        }

        return new KeysetPaging(new KeysetPosition(payload.KeyKind, payload.Key, payload.Id));
    }

    public static string Write(KeysetPosition next, CompanyId companyId, string scope, TimeProvider clock) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(
            new Payload(companyId.Value, Hash(scope), clock.GetUtcNow().ToUnixTimeSeconds(), next.KeyKind, next.Key, next.Id)));

    /// <summary>What a cursor is bound to: the resource type, the filter text and the sort.</summary>
    public static string Scope(string resourceType, ScimListRequest request) =>
        string.Join('\n', resourceType, request.Filter ?? string.Empty, request.SortBy ?? string.Empty, request.SortOrder?.ToUpperInvariant() ?? string.Empty);

    /// <summary>A list response shaped for cursor paging: no startIndex, the next cursor, a total only when counted.</summary>
    public static JsonObject Shape(JsonObject body, string? nextCursor, bool totalCounted)
    {
        body.Remove("startIndex");
        if (!totalCounted) body.Remove("totalResults");
        if (nextCursor is not null) body["nextCursor"] = nextCursor;
        return body;
    }

    private static ScimProblem Invalid(string scimType, string detail) => new(StatusCodes.Status400BadRequest, detail, scimType);

    private static string Hash(string scope) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(scope)).AsSpan(0, 12));

    private sealed record Payload(
        [property: System.Text.Json.Serialization.JsonPropertyName("c")] Guid Company,
        [property: System.Text.Json.Serialization.JsonPropertyName("h")] string Scope,
        [property: System.Text.Json.Serialization.JsonPropertyName("t")] long Issued,
        [property: System.Text.Json.Serialization.JsonPropertyName("kk")] string? KeyKind,
        [property: System.Text.Json.Serialization.JsonPropertyName("k")] string? Key,
        [property: System.Text.Json.Serialization.JsonPropertyName("i")] Guid Id);
}
