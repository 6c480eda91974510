using Platform.Application.Events;
using Platform.Domain.Events.Webhooks;

namespace Platform.Infrastructure.Events.Webhooks;

/// <summary>The delivery columns of a claimed endpoint, as the worker changes them before writing them back.</summary>
internal sealed class WebhookDeliveryState(WebhookEndpoint endpoint)
{
    public EventCursor Cursor { get; set; } = new(endpoint.CursorTx, endpoint.CursorId);

    public int FailedAttempts { get; private set; } = endpoint.FailedAttempts;

    public DateTimeOffset? FirstFailedAt { get; private set; } = endpoint.FirstFailedAt;

    public DateTimeOffset? NextAttemptAt { get; private set; } = endpoint.NextAttemptAt;

    public DateTimeOffset? FailedAt { get; private set; } = endpoint.FailedAt;

    public DateTimeOffset? LastDeliveredAt { get; private set; } = endpoint.LastDeliveredAt;

    public long CheckedThrough { get; set; } = endpoint.CheckedThrough;

    public void Delivered(EventCursor cursor, DateTimeOffset now)
    {
        Cursor = cursor;
        FailedAttempts = 0;
        FirstFailedAt = null;
        NextAttemptAt = null;
        LastDeliveredAt = now;
    }

    /// <summary>Counts a failed attempt of the event after the cursor and says what follows: a retry, or giving up.</summary>
    public WebhookAttemptOutcome Failed(DateTimeOffset now, WebhookSettings settings)
    {
        FailedAttempts++;
        FirstFailedAt ??= now;
        if (now - FirstFailedAt.Value >= settings.GiveUpAfter)
        {
            FailedAt = now;
            NextAttemptAt = null;
            return WebhookAttemptOutcome.GaveUp;
        }

        NextAttemptAt = now + settings.RetryDelay(FailedAttempts);
        return WebhookAttemptOutcome.WillRetry;
    }
}
