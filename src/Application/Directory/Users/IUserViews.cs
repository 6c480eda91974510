using Ardalis.Specification;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>
/// Users as readers see them, each with its groups, without tracking: one user by id in one statement, a list in two
/// (the users the specification selects, in its order, then exactly their memberships).
/// </summary>
public interface IUserViews
{
    /// <summary>One user by id: the commonest read there is, so a precompiled query rather than a specification.</summary>
    Task<UserView?> FindAsync(CompanyId companyId, UserId id, CancellationToken ct);

    Task<List<UserView>> ListAsync(ISpecification<User> which, CancellationToken ct);

}
