using Platform.Application.Events.Webhooks;

namespace Platform.Api.Events;

/// <param name="Secret">Only in the answer that created the endpoint; never again.</param>
/// <param name="Attempts">The newest delivery attempts, newest first, when one endpoint is read.</param>
public sealed record WebhookResponse(
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
    DateTimeOffset? FailedAt,
    string? Secret,
    IReadOnlyList<WebhookAttemptResponse>? Attempts)
{
    public static WebhookResponse From(WebhookEndpointView e, string? secret = null, IReadOnlyList<WebhookAttemptView>? attempts = null) => new(
        e.Id, e.Url, e.Description, e.EventTypes, e.Enabled, e.Status, e.CreatedBy, e.CreatedAt, e.LastDeliveredAt, e.FailedAttempts, e.NextAttemptAt, e.FailedAt,
        secret, attempts?.Select(WebhookAttemptResponse.From).ToList());
}
