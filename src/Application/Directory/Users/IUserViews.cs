using Ardalis.Specification;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>
/// Users as readers see them, each with its groups, read in one database round trip (the users the specification
/// selects, in its order, and their memberships joined to them), without tracking.
/// </summary>
public interface IUserViews
{
    /// <summary>One user by id: the commonest read there is, so a precompiled query rather than a specification.</summary>
    Task<UserView?> FindAsync(CompanyId companyId, UserId id, CancellationToken ct);

    /// <summary>The users the specification selects, all of <paramref name="companyId"/>, with their groups.</summary>
    Task<List<UserView>> ListAsync(CompanyId companyId, ISpecification<User> which, CancellationToken ct);

    /// <summary>
    /// The users whose ids the specification selects (a page of ids, read on the primary key's index alone however deep
    /// it is), with their groups, in id order: still one statement, the page of ids a subquery.
    /// </summary>
    Task<List<UserView>> ListByIdsAsync(CompanyId companyId, ISpecification<User, UserId> ids, CancellationToken ct);
}
