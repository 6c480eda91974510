using Platform.Domain.Directory.Groups;
using Platform.Domain.Directory.Users;
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
    /// Returns the group as it is after that (tracked for changes), read under the lock; null when there is none.
    /// </summary>
    Task<Group?> TouchAsync(CompanyId companyId, GroupId groupId, DateTimeOffset now, CancellationToken ct);

    /// <summary>The ids among these that are not users of the company (including text that is not an id at all).</summary>
    Task<IReadOnlyList<string>> UnknownUsersAsync(CompanyId companyId, IReadOnlyCollection<string> userIds, CancellationToken ct);

    /// <summary>Adds the users that are not members yet; returns those added.</summary>
    Task<IReadOnlyList<UserId>> AddAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct);

    /// <summary>Removes these users where they are members; returns those removed.</summary>
    Task<IReadOnlyList<UserId>> RemoveAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct);

    /// <summary>Removes every member; returns those removed.</summary>
    Task<IReadOnlyList<UserId>> RemoveAllAsync(CompanyId companyId, GroupId groupId, CancellationToken ct);

    /// <summary>Removes every member not in the set; returns those removed.</summary>
    Task<IReadOnlyList<UserId>> RetainOnlyAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct);

    /// <summary>
    /// Moves forward the version and last-modified time of the users whose <c>groups</c> changed, in one statement:
    /// <paramref name="userIds"/>, plus every current member of the group when <paramref name="allMembers"/> is set (a
    /// renamed group, or one about to be deleted). Rows are locked in id order, so two such writes never deadlock.
    /// </summary>
    Task TouchUsersAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<UserId> userIds, bool allMembers, DateTimeOffset now, CancellationToken ct);

    /// <summary>
    /// Moves forward the version and last-modified time of every group the user is a member of (their members are
    /// about to change), locking them in id order, as a group's own writes do, before the user's row is locked.
    /// </summary>
    Task TouchGroupsOfAsync(CompanyId companyId, UserId userId, DateTimeOffset now, CancellationToken ct);
}
