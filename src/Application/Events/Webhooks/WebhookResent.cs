namespace Platform.Application.Events.Webhooks;

/// <param name="Restarted">The event was the one a failed endpoint stopped at: the endpoint runs again from it, in order (the worker sends it within a second).</param>
/// <param name="Attempt">Otherwise the resend's own attempt, made at once.</param>
public sealed record WebhookResent(bool Restarted, WebhookAttemptView? Attempt);
