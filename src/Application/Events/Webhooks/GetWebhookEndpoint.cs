using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Events.Webhooks;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events.Webhooks;

/// <summary>One endpoint with its newest delivery attempts.</summary>
public sealed record GetWebhookEndpointQuery(CompanyId CompanyId, string EndpointId, int? Attempts = null) : IQuery<Result<WebhookEndpointDetails>>, ITenantScoped
{
    public const int DefaultAttempts = 50;
    public const int MaxAttempts = 500;
}

public sealed class GetWebhookEndpointHandler(IRepository<WebhookEndpoint> endpoints, IRepository<WebhookAttempt> attempts)
    : IQueryHandler<GetWebhookEndpointQuery, Result<WebhookEndpointDetails>>
{
    public async ValueTask<Result<WebhookEndpointDetails>> Handle(GetWebhookEndpointQuery query, CancellationToken ct)
    {
        var endpoint = WebhookEndpointId.TryParse(query.EndpointId, out var id) ? await endpoints.FirstOrDefaultAsync(new WebhookEndpointByIdSpec(query.CompanyId, id), ct) : null;
        if (endpoint is null) return WebhooksErrors.EndpointNotFound(query.EndpointId);
        var take = Math.Clamp(query.Attempts ?? GetWebhookEndpointQuery.DefaultAttempts, 1, GetWebhookEndpointQuery.MaxAttempts);
        var recent = await attempts.ListAsync(new WebhookAttemptsOfEndpointSpec(query.CompanyId, id, take), ct);
        return new WebhookEndpointDetails(WebhookEndpointView.From(endpoint), recent);
    }
}
