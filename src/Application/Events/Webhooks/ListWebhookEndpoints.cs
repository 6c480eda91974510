using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Events.Webhooks;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events.Webhooks;

/// <summary>The company's webhook endpoints, oldest first, with their delivery status (never their secrets).</summary>
public sealed record ListWebhookEndpointsQuery(CompanyId CompanyId) : IQuery<Result<IReadOnlyList<WebhookEndpointView>>>, ITenantScoped;

public sealed class ListWebhookEndpointsHandler(IRepository<WebhookEndpoint> endpoints) : IQueryHandler<ListWebhookEndpointsQuery, Result<IReadOnlyList<WebhookEndpointView>>>
{
    public async ValueTask<Result<IReadOnlyList<WebhookEndpointView>>> Handle(ListWebhookEndpointsQuery query, CancellationToken ct) =>
        (await endpoints.ListAsync(new WebhookEndpointsOfCompanySpec(query.CompanyId), ct)).Select(WebhookEndpointView.From).ToList();
}
