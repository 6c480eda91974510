using Ardalis.Specification;
using Platform.Domain.Events;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events;

public sealed class ApiKeysOfCompanySpec : Specification<ApiKey>
{
    public ApiKeysOfCompanySpec(CompanyId companyId) =>
        Query.Where(k => k.CompanyId == companyId).OrderByDescending(k => k.CreatedAt).AsNoTracking();
}

public sealed class ApiKeyByIdSpec : SingleResultSpecification<ApiKey>
{
    public ApiKeyByIdSpec(CompanyId companyId, ApiKeyId id) => Query.Where(k => k.CompanyId == companyId && k.Id == id);
}

/// <summary>What authentication needs of a company's keys that still work: their hashes, nothing else.</summary>
public sealed class ActiveApiKeyHashesSpec : Specification<ApiKey, byte[]>
{
    public ActiveApiKeyHashesSpec(CompanyId companyId) =>
        Query.Where(k => k.CompanyId == companyId && k.RevokedAt == null)
            .AsNoTracking()
            .Select(k => k.KeyHash);
}
