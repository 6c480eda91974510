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

    /// <returns>
    /// The memberships the request added and removed in the end (a user added and removed again by the same request is in
    /// neither), and every user whose <c>groups</c> a step changed.
    /// </returns>
    public static async Task<(IReadOnlyList<UserId> Added, IReadOnlyList<UserId> Removed, IReadOnlyCollection<UserId> Changed)> ApplyAsync(
        IGroupMembers members, CompanyId companyId, GroupId groupId, IReadOnlyList<MembershipChange> changes, CancellationToken ct)
    {
        // Per user, whether the first step that changed it added it (it was not a member before) and whether the last
        // did (it is one now): the two differ only when it ends as it started.
        var steps = new Dictionary<UserId, (bool FirstAdded, bool LastAdded)>();
        var order = new List<UserId>();
        foreach (var change in changes)
        {
            switch (change)
            {
                case AddMembers add:
                    Note(steps, order, await members.AddAsync(companyId, groupId, add.UserIds, ct), added: true);
                    break;
                case RemoveMembers remove:
                    Note(steps, order, await members.RemoveAsync(companyId, groupId, remove.UserIds, ct), added: false);
                    break;
                case RemoveAllMembers:
                    Note(steps, order, await members.RemoveAllAsync(companyId, groupId, ct), added: false);
                    break;
                case ReplaceMembers replace:
                    Note(steps, order, await members.RetainOnlyAsync(companyId, groupId, replace.UserIds, ct), added: false);
                    Note(steps, order, await members.AddAsync(companyId, groupId, replace.UserIds, ct), added: true);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(changes), change, "Unknown membership change.");
            }
        }

        var added = order.Where(id => steps[id] is (true, true)).ToList();
        var removed = order.Where(id => steps[id] is (false, false)).ToList();
        return (added, removed, steps.Keys);
    }

    private static void Note(Dictionary<UserId, (bool FirstAdded, bool LastAdded)> steps, List<UserId> order, IReadOnlyList<UserId> users, bool added)
    {
        foreach (var user in users)
        {
            if (steps.TryGetValue(user, out var seen))
            {
                steps[user] = (seen.FirstAdded, added);
            }
            else
            {
                steps[user] = (added, added);
                order.Add(user);
            }
        }
    }
}
