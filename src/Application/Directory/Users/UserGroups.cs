using Platform.Application.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>Attaches each user's groups with one query for the whole page (never one per user).</summary>
internal static class UserGroups
{
    public static async Task<UserView> AttachAsync(IMembershipReads reads, CompanyId companyId, UserView user, CancellationToken ct) =>
        (await AttachAsync(reads, companyId, [user], ct))[0];

    public static async Task<IReadOnlyList<UserView>> AttachAsync(IMembershipReads reads, CompanyId companyId, IReadOnlyList<UserView> users, CancellationToken ct)
    {
        if (users.Count == 0) return users;
        var groups = await reads.GroupsOfUsersAsync(companyId, users.Select(u => u.Id).ToList(), ct);
        return users.Select(u => u with { Groups = groups[u.Id].ToList() }).ToList();
    }
}
