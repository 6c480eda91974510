using Ardalis.Specification;
using Platform.Application.Common.Mapping;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

public sealed class UserByIdSpec : SingleResultSpecification<User>
{
    public UserByIdSpec(CompanyId companyId, UserId id) => Query.Where(u => u.CompanyId == companyId && u.Id == id);
}

public sealed class UserByUserNameSpec : SingleResultSpecification<User>
{
    public UserByUserNameSpec(CompanyId companyId, string userName)
    {
        var normalized = User.Normalize(userName);
        Query.Where(u => u.CompanyId == companyId && u.NormalizedUserName == normalized);
    }
}

/// <summary>A company's users matching a filter (for counting).</summary>
public sealed class UsersMatchingFilterSpec : Specification<User>
{
    public UsersMatchingFilterSpec(CompanyId companyId, UserFilter filter) => UserFilterConditions.Apply(Query, companyId, filter);
}

/// <summary>
/// The ids of one page of a company's users matching a filter, ordered by id, which is time-ordered and unique, so
/// pages neither repeat nor skip users. Reading ids first keeps a deep <c>startIndex</c> on the primary key's index
/// instead of reading every skipped row (see bench/README.md).
/// </summary>
public sealed class UserIdsPageSpec : Specification<User, UserId>
{
    public UserIdsPageSpec(CompanyId companyId, UserFilter filter, int skip, int take)
    {
        UserFilterConditions.Apply(Query, companyId, filter);
        Query.OrderBy(u => u.Id).Skip(skip).Take(take);
        Query.Select(u => u.Id);
    }
}

/// <summary>The users with these ids, in id order.</summary>
public sealed class UsersWithIdsSpec : Specification<User>
{
    public UsersWithIdsSpec(CompanyId companyId, IReadOnlyCollection<UserId> ids) =>
        Query.Where(u => u.CompanyId == companyId && ids.Contains(u.Id)).OrderBy(u => u.Id).AsNoTracking();
}

/// <summary>
/// A page of a company's users matching a filter, in id order: the first <paramref name="take"/> after
/// <paramref name="skip"/> users, or, given a bookmark, the first <paramref name="take"/> after the bookmarked user
/// (an index seek, however deep the page).
/// </summary>
public sealed class UsersPageSpec : Specification<User>
{
    public UsersPageSpec(CompanyId companyId, UserFilter filter, UserId? after, int skip, int take)
    {
        UserFilterConditions.Apply(Query, companyId, filter);
        if (after is { } last) Query.Where(u => u.Id > last);
        Query.OrderBy(u => u.Id).Skip(skip).Take(take);
    }
}

/// <summary>
/// A page of a company's users whose userName or display name contains a text, in any case, projected to summaries in
/// the database. The text travels as a parameter of a substring test on the upper-cased columns, never spliced into a
/// LIKE pattern, so <c>%</c> and <c>_</c> are plain characters. Ordered by userName (unique per company), then id.
/// </summary>
public sealed class UsersMatchingSearchSpec : Specification<User, UserListItem>
{
    public UsersMatchingSearchSpec(CompanyId companyId, string? text, bool? active, int skip, int take)
    {
        Query.Where(u => u.CompanyId == companyId).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var normalized = User.Normalize(text);
            Query.Where(u => u.NormalizedUserName.Contains(normalized) || (u.NormalizedDisplayName != null && u.NormalizedDisplayName.Contains(normalized)));
        }

        if (active is { } wanted) Query.Where(u => u.Active == wanted);
        Query.OrderBy(u => u.NormalizedUserName).ThenBy(u => u.Id).Skip(skip).Take(take);
        Query.Select(ApplicationMappings.Projection<User, UserListItem>());
    }
}
