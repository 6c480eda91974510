using Ardalis.Specification;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

public sealed class AccountByIdSpec : SingleResultSpecification<Account>
{
    public AccountByIdSpec(CompanyId companyId, AccountId accountId) => Query.Where(a => a.CompanyId == companyId && a.Id == accountId);
}

/// <summary>The account's session stamp, role and directory hold, read without tracking for every authenticated console request.</summary>
public sealed class SessionStampSpec : Specification<Account, SessionState>
{
    public SessionStampSpec(CompanyId companyId, AccountId accountId) =>
        Query.Where(a => a.CompanyId == companyId && a.Id == accountId).AsNoTracking().Select(a => new SessionState(a.SessionStamp, a.Role, a.DirectoryHold));
}

public sealed class AccountByEmailSpec : SingleResultSpecification<Account>
{
    public AccountByEmailSpec(CompanyId companyId, string email)
    {
        var normalized = Account.Normalize(email);
        Query.Where(a => a.CompanyId == companyId && a.NormalizedEmail == normalized);
    }
}

/// <summary>
/// Whether any account follows the person (linked to them by an admin, or by email to one of their sign-in names):
/// the one read a deactivation or deletion costs when, as usually, none does.
/// </summary>
public sealed class AccountsFollowingPersonSpec : Specification<Account>
{
    public AccountsFollowingPersonSpec(CompanyId companyId, Guid personId, IReadOnlyCollection<string> normalizedSignInNames) =>
        Query.Where(a => a.CompanyId == companyId
            && ((a.DirectoryLink == DirectoryLink.ToPerson && a.LinkedPersonId == personId)
                || (a.DirectoryLink == DirectoryLink.ByEmail && normalizedSignInNames.Contains(a.NormalizedEmail))))
            .AsNoTracking();
}

/// <summary>The accounts a person's deactivation or deletion holds; their reactivation lifts the hold.</summary>
public sealed class AccountsHeldForPersonSpec : Specification<Account>
{
    public AccountsHeldForPersonSpec(CompanyId companyId, Guid personId) =>
        Query.Where(a => a.CompanyId == companyId && a.DirectoryHold != DirectoryHold.None && a.HeldForPersonId == personId);
}

/// <summary>Every account of the company, by email, read-only (the person page's link control).</summary>
public sealed class AccountsOfCompanySpec : Specification<Account>
{
    public const int MaxAccounts = 1000;

    public AccountsOfCompanySpec(CompanyId companyId) =>
        Query.Where(a => a.CompanyId == companyId).OrderBy(a => a.NormalizedEmail).Take(MaxAccounts).AsNoTracking();
}
