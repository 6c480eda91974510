namespace Platform.Domain.Events.Webhooks;

public enum WebhookAttemptOutcome
{
    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Not accepted; the event is tried again later and blocks the endpoint's later events until then.</summary>
    WillRetry,

    /// <summary>Not accepted, and the retries are spent: the endpoint stops (failed) until an admin resends the event.</summary>
    GaveUp,

    /// <summary>A resend an admin asked for that was not accepted (a resend is not retried).</summary>
    ResendFailed,
}
