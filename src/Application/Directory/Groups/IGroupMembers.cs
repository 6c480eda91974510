using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

/// <summary>
/// Set-based membership writes, run at once inside the command's transaction. Every change costs in proportion to the
/// members it names, never to the size of the group: the member list is neither loaded nor rewritten.
/// </summary>
public interface IGroupMembers
{
    /// <summary>
    /// Moves the group's version and last-modified time forward in the database, which also locks the group's row
    /// until the transaction ends: concurrent changes to one group then apply one after another and none is lost.
    /// </summary>
    Task<bool> TouchAsync(CompanyId companyId, GroupId groupId, DateTimeOffset now, CancellationToken ct);

    /// <summary>The ids among these that are not users of the company (including text that is not an id at all).</summary>
    Task<IReadOnlyList<string>> UnknownUsersAsync(CompanyId companyId, IReadOnlyCollection<string> userIds, CancellationToken ct);

    /// <summary>Adds the users that are not members yet; returns how many were added.</summary>
    Task<int> AddAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct);

    Task<int> RemoveAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct);

    Task<int> RemoveAllAsync(CompanyId companyId, GroupId groupId, CancellationToken ct);

    /// <summary>Removes every member not in the set; returns how many were removed.</summary>
    Task<int> RetainOnlyAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct);
}

/// <summary>
/// Membership reads that join users and groups. They are set-based queries behind a port rather than specifications,
/// because a specification describes one aggregate's rows and these span two (see docs/adr/0002).
/// </summary>
public interface IMembershipReads
{
    /// <summary>The group's members, ordered by user id, read from the database as they are written out.</summary>
    IAsyncEnumerable<GroupMemberView> StreamMembersAsync(CompanyId companyId, GroupId groupId, CancellationToken ct);

    /// <summary>One page of the group's members, ordered by userName then id.</summary>
    Task<IReadOnlyList<UserSummary>> MemberPageAsync(CompanyId companyId, GroupId groupId, int skip, int take, CancellationToken ct);

    /// <summary>The members of several groups as one stream, ordered by group id (as the groups' page is) and then user id.</summary>
    IAsyncEnumerable<GroupMemberOfGroup> StreamMembersOfGroupsAsync(CompanyId companyId, IReadOnlyCollection<GroupId> groupIds, CancellationToken ct);

    Task<ILookup<string, UserGroupView>> GroupsOfUsersAsync(CompanyId companyId, IReadOnlyCollection<string> userIds, CancellationToken ct);

    Task<IReadOnlyList<GroupId>> GroupsContainingAsync(CompanyId companyId, string userId, CancellationToken ct);

    Task<IReadOnlyDictionary<string, int>> MemberCountsAsync(CompanyId companyId, IReadOnlyCollection<GroupId> groupIds, CancellationToken ct);
}
