using Ardalis.Specification;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

public sealed class AccountByIdSpec : SingleResultSpecification<Account>
{
    public AccountByIdSpec(CompanyId companyId, AccountId accountId) => Query.Where(a => a.CompanyId == companyId && a.Id == accountId);
}

/// <summary>The account's session stamp and role, read without tracking for every authenticated console request.</summary>
public sealed class SessionStampSpec : Specification<Account, SessionState>
{
    public SessionStampSpec(CompanyId companyId, AccountId accountId) =>
        Query.Where(a => a.CompanyId == companyId && a.Id == accountId).AsNoTracking().Select(a => new SessionState(a.SessionStamp, a.Role));
}

public sealed class AccountByEmailSpec : SingleResultSpecification<Account>
{
    public AccountByEmailSpec(CompanyId companyId, string email)
    {
        var normalized = Account.Normalize(email);
        Query.Where(a => a.CompanyId == companyId && a.NormalizedEmail == normalized);
    }
}
