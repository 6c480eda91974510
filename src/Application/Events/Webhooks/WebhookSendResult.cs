namespace Platform.Application.Events.Webhooks;

/// <param name="Accepted">The receiver answered 2xx.</param>
/// <param name="StatusCode">Null when no answer came (refused, timed out, a blocked address).</param>
public sealed record WebhookSendResult(bool Accepted, DateTimeOffset StartedAt, int DurationMs, int? StatusCode, string? Error);
