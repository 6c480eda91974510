using Platform.Application.Events.Webhooks;

namespace Platform.Api.Events;

public sealed record WebhookAttemptResponse(
    Guid Id, Guid EventId, string EventType, int Number, bool Resend, DateTimeOffset StartedAt, int DurationMs, int? StatusCode, string? Error, string Outcome)
{
    public static WebhookAttemptResponse From(WebhookAttemptView a) =>
        new(a.Id, a.EventId, a.EventType, a.Number, a.Resend, a.StartedAt, a.DurationMs, a.StatusCode, a.Error, a.OutcomeName);
}
