using Platform.Domain.Events;
using Platform.Domain.Events.Webhooks;

namespace Platform.Application.Events.Webhooks;

/// <summary>Sends one event to one endpoint, signed (Standard Webhooks), through the SSRF guard, with timeouts.</summary>
public interface IWebhookSender
{
    Task<WebhookSendResult> SendAsync(WebhookEndpoint endpoint, ChangeEvent changeEvent, CancellationToken ct);
}
