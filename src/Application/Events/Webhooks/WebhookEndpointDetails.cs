namespace Platform.Application.Events.Webhooks;

/// <param name="Attempts">The newest delivery attempts, newest first.</param>
public sealed record WebhookEndpointDetails(WebhookEndpointView Endpoint, IReadOnlyList<WebhookAttemptView> Attempts);
