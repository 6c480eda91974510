using Ardalis.Specification;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

public sealed class IntegrationByKindSpec : SingleResultSpecification<Integration>
{
    public IntegrationByKindSpec(CompanyId companyId, IntegrationKind kind) =>
        Query.Where(i => i.CompanyId == companyId && i.Kind == kind);
}

public sealed class IntegrationsOfCompanySpec : Specification<Integration>
{
    public IntegrationsOfCompanySpec(CompanyId companyId) =>
        Query.Where(i => i.CompanyId == companyId).OrderBy(i => i.Kind).AsNoTracking();
}

/// <summary>What SCIM authentication needs of a company's integrations: ids and token hashes, nothing else.</summary>
public sealed class ScimCredentialsOfCompanySpec : Specification<Integration, ScimCredential>
{
    public ScimCredentialsOfCompanySpec(CompanyId companyId) =>
        Query.Where(i => i.CompanyId == companyId)
            .AsNoTracking()
            .Select(i => new ScimCredential(i.Id, i.Kind, i.TokenHash));
}
