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
    /// Returns the group as it is after that (tracked for changes), read under the lock; null when there is none.
    /// </summary>
    Task<Group?> TouchAsync(CompanyId companyId, GroupId groupId, DateTimeOffset now, CancellationToken ct);

    /// <summary>The ids among these that are not users of the company (including text that is not an id at all).</summary>
    Task<IReadOnlyList<string>> UnknownUsersAsync(CompanyId companyId, IReadOnlyCollection<string> userIds, CancellationToken ct);

    /// <summary>Adds the users that are not members yet; returns how many were added.</summary>
    Task<int> AddAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct);

    Task<int> RemoveAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct);

    Task<int> RemoveAllAsync(CompanyId companyId, GroupId groupId, CancellationToken ct);

    /// <summary>Removes every member not in the set; returns how many were removed.</summary>
    Task<int> RetainOnlyAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct);
}
