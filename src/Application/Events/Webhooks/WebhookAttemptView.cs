using Platform.Domain.Events.Webhooks;

namespace Platform.Application.Events.Webhooks;

/// <param name="EventId">The event's id, sent as <c>webhook-id</c>.</param>
public sealed record WebhookAttemptView(
    Guid Id,
    Guid EventId,
    string EventType,
    int Number,
    bool Resend,
    DateTimeOffset StartedAt,
    int DurationMs,
    int? StatusCode,
    string? Error,
    WebhookAttemptOutcome Outcome)
{
    /// <summary>The outcome as the admin API writes it: <c>delivered</c>, <c>will_retry</c>, <c>gave_up</c> or <c>resend_failed</c>.</summary>
    public string OutcomeName => Outcome switch
    {
        WebhookAttemptOutcome.Delivered => "delivered",
        WebhookAttemptOutcome.WillRetry => "will_retry",
        WebhookAttemptOutcome.GaveUp => "gave_up",
        _ => "resend_failed",
    };
}
