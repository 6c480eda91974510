using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Events.Webhooks;

/// <summary>An admin enabled or disabled an endpoint, or restarted one whose deliveries had failed.</summary>
public sealed record WebhookEndpointSwitched(CompanyId CompanyId, WebhookEndpointId EndpointId, string Url, WebhookEndpointSwitch Switch, Actor Actor) : IDomainEvent;
