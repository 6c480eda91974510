using Ardalis.Specification;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

public sealed class CompanyByKeySpec : SingleResultSpecification<Company>
{
    // Read on every SCIM request (authentication) and never changed there: not tracked.
    public CompanyByKeySpec(CompanyKey key) => Query.Where(c => c.Key == key).AsNoTracking();
}

public sealed class CompanyByIdSpec : SingleResultSpecification<Company>
{
    public CompanyByIdSpec(CompanyId id) => Query.Where(c => c.Id == id);
}

public sealed class AnyCompanySpec : Specification<Company>;
