namespace Platform.Application.Events.Webhooks;

/// <param name="Secret">The signing secret: in this answer only, never again.</param>
public sealed record IssuedWebhookEndpoint(WebhookEndpointView Endpoint, string Secret);
