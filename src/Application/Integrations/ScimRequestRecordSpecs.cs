using Ardalis.Specification;
using Platform.Application.Common.Mapping;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

/// <summary>A page of the company's request log, newest first, projected to its rows in the database (no bodies read).</summary>
public sealed class ScimRequestsPageSpec : Specification<ScimRequestRecord, ScimRequestSummaryView>
{
    public ScimRequestsPageSpec(CompanyId companyId, ScimRequestFilter filter, int skip, int take)
    {
        var method = filter.Method?.ToUpperInvariant();
        var lowest = (filter.StatusClass ?? 0) * 100;
        var beyond = lowest + 100;
        Query.Where(r => r.CompanyId == companyId)
            .Where(r => r.Status >= lowest && r.Status < beyond, filter.StatusClass is not null)
            .Where(r => r.Method == method, method is not null)
            .Where(r => r.Resource == filter.Resource, filter.Resource is not null)
            .Where(r => r.OccurredAt >= filter.From, filter.From is not null)
            .Where(r => r.OccurredAt < filter.To, filter.To is not null)
            .OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.Id)
            .Skip(skip).Take(take)
            .AsNoTracking();
        Query.Select(ApplicationMappings.Projection<ScimRequestRecord, ScimRequestSummaryView>());
    }
}

public sealed class ScimRequestByIdSpec : SingleResultSpecification<ScimRequestRecord, ScimRequestView>
{
    public ScimRequestByIdSpec(CompanyId companyId, ScimRequestId id)
    {
        Query.Where(r => r.CompanyId == companyId && r.Id == id).AsNoTracking();
        Query.Select(ApplicationMappings.Projection<ScimRequestRecord, ScimRequestView>());
    }
}

/// <summary>The company's latest requests refused for their token (401 before any resource), newest first.</summary>
public sealed class RecentScimRefusalsSpec : Specification<ScimRequestRecord, ScimAuthenticationFailure>
{
    public RecentScimRefusalsSpec(CompanyId companyId, int take)
    {
        Query.Where(r => r.CompanyId == companyId && r.Status == 401 && r.Refusal != null)
            .OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.Id)
            .Take(take)
            .AsNoTracking();
        Query.Select(ApplicationMappings.Projection<ScimRequestRecord, ScimAuthenticationFailure>());
    }
}
