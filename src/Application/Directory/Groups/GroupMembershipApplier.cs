using Platform.Application.Common.Results;
using Platform.Domain.Directory.Groups;
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

    public static async Task<(int Added, int Removed)> ApplyAsync(IGroupMembers members, CompanyId companyId, GroupId groupId, IReadOnlyList<MembershipChange> changes, CancellationToken ct)
    {
        int added = 0, removed = 0;
        foreach (var change in changes)
        {
            switch (change)
            {
                case AddMembers add:
                    added += await members.AddAsync(companyId, groupId, add.UserIds, ct);
                    break;
                case RemoveMembers remove:
                    removed += await members.RemoveAsync(companyId, groupId, remove.UserIds, ct);
                    break;
                case RemoveAllMembers:
                    removed += await members.RemoveAllAsync(companyId, groupId, ct);
                    break;
                case ReplaceMembers replace:
                    removed += await members.RetainOnlyAsync(companyId, groupId, replace.UserIds, ct);
                    added += await members.AddAsync(companyId, groupId, replace.UserIds, ct);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(changes), change, "Unknown membership change.");
            }
        }

        return (added, removed);
    }
}
