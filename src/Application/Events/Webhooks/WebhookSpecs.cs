using Ardalis.Specification;
using Platform.Domain.Events.Webhooks;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events.Webhooks;

public sealed class WebhookEndpointsOfCompanySpec : Specification<WebhookEndpoint>
{
    public WebhookEndpointsOfCompanySpec(CompanyId companyId) =>
        Query.Where(e => e.CompanyId == companyId).OrderBy(e => e.CreatedAt).AsNoTracking();
}

public sealed class WebhookEndpointByIdSpec : SingleResultSpecification<WebhookEndpoint>
{
    public WebhookEndpointByIdSpec(CompanyId companyId, WebhookEndpointId id) => Query.Where(e => e.CompanyId == companyId && e.Id == id);
}

public sealed class WebhookAttemptsOfEndpointSpec : Specification<WebhookAttempt, WebhookAttemptView>
{
    public WebhookAttemptsOfEndpointSpec(CompanyId companyId, WebhookEndpointId endpointId, int take) =>
        Query.Where(a => a.CompanyId == companyId && a.EndpointId == endpointId)
            .OrderByDescending(a => a.StartedAt)
            .Take(take)
            .AsNoTracking()
            .Select(a => new WebhookAttemptView(a.Id, a.EventId, a.EventType, a.Number, a.Resend, a.StartedAt, a.DurationMs, a.StatusCode, a.Error, a.Outcome));
}

/// <summary>Every attempt of an endpoint, to delete them with it.</summary>
public sealed class AllWebhookAttemptsOfEndpointSpec : Specification<WebhookAttempt>
{
    public AllWebhookAttemptsOfEndpointSpec(CompanyId companyId, WebhookEndpointId endpointId) =>
        Query.Where(a => a.CompanyId == companyId && a.EndpointId == endpointId);
}

public sealed class WebhookAttemptByIdSpec : SingleResultSpecification<WebhookAttempt>
{
    public WebhookAttemptByIdSpec(CompanyId companyId, WebhookEndpointId endpointId, Guid id) =>
        Query.Where(a => a.CompanyId == companyId && a.EndpointId == endpointId && a.Id == id).AsNoTracking();
}
