using Mapster;
using Platform.Application.Directory.Groups;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>A user as every reader sees it: the profile plus what the server keeps (id, times, version, groups).</summary>
public sealed record UserView(string Id, UserProfile Profile, DateTimeOffset CreatedAt, DateTimeOffset LastModifiedAt, int Version)
{
    /// <summary>The groups the user is a member of (read-only; membership is changed through the groups).</summary>
    public IReadOnlyList<UserGroupView> Groups { get; init; } = [];
}

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

public sealed record UserPage(IReadOnlyList<UserView> Users, int TotalResults);

public sealed class UserMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<User, UserView>()
            .ConstructUsing(user => new UserView(user.Id.ToString(), user.Profile, user.CreatedAt, user.LastModifiedAt, user.Version));
}
