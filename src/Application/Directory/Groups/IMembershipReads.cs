using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

/// <summary>
/// Membership reads that join users and groups. They are set-based queries behind a port rather than specifications,
/// because a specification describes one aggregate's rows and these span two (see docs/adr/0002).
/// </summary>
public interface IMembershipReads
{
    /// <summary>The group's members, ordered by user id, read from the database as they are written out.</summary>
    IAsyncEnumerable<GroupMemberView> StreamMembersAsync(CompanyId companyId, GroupId groupId, CancellationToken ct);

    /// <summary>One page of the group's members, ordered by userName then id.</summary>
    Task<IReadOnlyList<UserListItem>> MemberPageAsync(CompanyId companyId, GroupId groupId, int skip, int take, CancellationToken ct);

    /// <summary>The members of several groups as one stream, ordered by group id (as the groups' page is) and then user id.</summary>
    IAsyncEnumerable<GroupMemberOfGroup> StreamMembersOfGroupsAsync(CompanyId companyId, IReadOnlyCollection<GroupId> groupIds, CancellationToken ct);

    Task<ILookup<string, UserGroupView>> GroupsOfUsersAsync(CompanyId companyId, IReadOnlyCollection<string> userIds, CancellationToken ct);

    Task<IReadOnlyList<GroupId>> GroupsContainingAsync(CompanyId companyId, string userId, CancellationToken ct);

    Task<IReadOnlyDictionary<string, int>> MemberCountsAsync(CompanyId companyId, IReadOnlyCollection<GroupId> groupIds, CancellationToken ct);
}
