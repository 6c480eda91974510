using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Events.Webhooks;

public sealed record WebhookEndpointDeleted(CompanyId CompanyId, WebhookEndpointId EndpointId, string Url, Actor Actor) : IDomainEvent;
