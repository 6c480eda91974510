using Ardalis.Specification;
using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

/// <summary>
/// Users as readers see them, each with its groups, read in one database round trip (the users the specification
/// selects, in its order, and their memberships joined to them), without tracking.
/// </summary>
public interface IUserViews
{
    Task<List<UserView>> ListAsync(ISpecification<User> which, CancellationToken ct);
}
