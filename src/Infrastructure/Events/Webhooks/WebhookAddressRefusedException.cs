namespace Platform.Infrastructure.Events.Webhooks;

/// <summary>The SSRF guard refused the address a webhook's host resolved to, at connect time.</summary>
public sealed class WebhookAddressRefusedException(string message) : Exception(message);
