using Platform.Domain.Events.Webhooks;

namespace Platform.Application.Events.Webhooks;

/// <param name="Status"><c>active</c>, <c>retrying</c> (an event is failing and is tried again at <paramref name="NextAttemptAt"/>), <c>failed</c> (retries spent, stopped until a resend) or <c>disabled</c>.</param>
/// <param name="EventTypes">The types delivered; empty for all.</param>
public sealed record WebhookEndpointView(
    Guid Id,
    string Url,
    string Description,
    IReadOnlyList<string> EventTypes,
    bool Enabled,
    string Status,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastDeliveredAt,
    int FailedAttempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? FailedAt)
{
    public const string Active = "active";
    public const string Retrying = "retrying";
    public const string Failed = "failed";
    public const string Disabled = "disabled";

    public static WebhookEndpointView From(WebhookEndpoint e) => new(
        e.Id.Value, e.Url, e.Description, e.EventTypeList, e.Enabled, StatusOf(e), e.CreatedBy, e.CreatedAt, e.LastDeliveredAt,
        e.FailedAttempts, e.IsFailed ? null : e.NextAttemptAt, e.FailedAt);

    private static string StatusOf(WebhookEndpoint e) =>
        !e.Enabled ? Disabled : e.IsFailed ? Failed : e.FailedAttempts > 0 ? Retrying : Active;
}
