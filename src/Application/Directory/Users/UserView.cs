using Platform.Application.Directory.Groups;
using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

/// <summary>A user as every reader sees it: the profile plus what the server keeps (id, times, version, groups).</summary>
public sealed record UserView(string Id, UserProfile Profile, DateTimeOffset CreatedAt, DateTimeOffset LastModifiedAt, int Version)
{
    /// <summary>The groups the user is a member of (read-only; membership is changed through the groups).</summary>
    public IReadOnlyList<UserGroupView> Groups { get; init; } = [];
}
