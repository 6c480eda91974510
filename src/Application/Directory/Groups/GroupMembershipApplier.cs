using Platform.Application.Common.Results;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

/// <summary>Validates and applies a request's membership changes in order, all inside the command's transaction.</summary>
internal static class GroupMembershipApplier
{
    public static async Task<Error?> UnknownMembersAsync(IGroupMembers members, CompanyId companyId, IReadOnlyList<MembershipChange> changes, CancellationToken ct)
    {
        var named = changes.SelectMany(change => change switch
        {
            AddMembers add => add.UserIds,
            ReplaceMembers replace => replace.UserIds,
            _ => [],
        }).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (named.Count == 0) return null;

        var unknown = await members.UnknownUsersAsync(companyId, named, ct);
        return unknown.Count == 0 ? null : GroupErrors.UnknownMembers(unknown);
    }

    /// <returns>How many memberships were added and removed, and the users whose <c>groups</c> changed.</returns>
    public static async Task<(int Added, int Removed, IReadOnlyCollection<UserId> Changed)> ApplyAsync(IGroupMembers members, CompanyId companyId, GroupId groupId, IReadOnlyList<MembershipChange> changes, CancellationToken ct)
    {
        int added = 0, removed = 0;
        var changed = new HashSet<UserId>();
        foreach (var change in changes)
        {
            switch (change)
            {
                case AddMembers add:
                    added += Count(changed, await members.AddAsync(companyId, groupId, add.UserIds, ct));
                    break;
                case RemoveMembers remove:
                    removed += Count(changed, await members.RemoveAsync(companyId, groupId, remove.UserIds, ct));
                    break;
                case RemoveAllMembers:
                    removed += Count(changed, await members.RemoveAllAsync(companyId, groupId, ct));
                    break;
                case ReplaceMembers replace:
                    removed += Count(changed, await members.RetainOnlyAsync(companyId, groupId, replace.UserIds, ct));
                    added += Count(changed, await members.AddAsync(companyId, groupId, replace.UserIds, ct));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(changes), change, "Unknown membership change.");
            }
        }

        return (added, removed, changed);
    }

    private static int Count(HashSet<UserId> changed, IReadOnlyList<UserId> users)
    {
        changed.UnionWith(users);
        return users.Count;
    }
}
