using Mediator;
using Platform.Application.Common;
using Platform.Application.Common.Persistence;
using Platform.Domain.Audit;
using Platform.Domain.Events.Webhooks;

namespace Platform.Application.Audit;

/// <summary>Webhook endpoints created, enabled, disabled, restarted and deleted, in the same unit of work; the secret is never recorded.</summary>
public sealed class WriteAuditOnWebhookEvents(IRepository<AuditEntry> entries, IRequestContext request, TimeProvider clock)
    : INotificationHandler<WebhookEndpointCreated>, INotificationHandler<WebhookEndpointSwitched>, INotificationHandler<WebhookEndpointDeleted>
{
    public ValueTask Handle(WebhookEndpointCreated notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.WebhookCreated, notification.EndpointId, $"Added the webhook endpoint {notification.Url}.");

    public ValueTask Handle(WebhookEndpointSwitched notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.WebhookChanged, notification.EndpointId, notification.Switch switch
        {
            WebhookEndpointSwitch.Enabled => $"Enabled the webhook endpoint {notification.Url}.",
            WebhookEndpointSwitch.Disabled => $"Disabled the webhook endpoint {notification.Url}; its events wait until it is enabled again.",
            _ => $"Restarted the failed webhook endpoint {notification.Url}: its blocked event is sent again.",
        });

    public ValueTask Handle(WebhookEndpointDeleted notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.WebhookDeleted, notification.EndpointId, $"Deleted the webhook endpoint {notification.Url}.");

    private ValueTask Write(Domain.Tenancy.CompanyId companyId, Domain.Common.Actor actor, string action, WebhookEndpointId id, string summary)
    {
        entries.Add(AuditEntry.Record(companyId, actor, action, "webhook", id.ToString(), summary, null, request.RequestId, clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}
