using Mapster;
using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

/// <summary>A user as every reader sees it: the profile plus what the server keeps (id, times, version).</summary>
public sealed record UserView(string Id, UserProfile Profile, DateTimeOffset CreatedAt, DateTimeOffset LastModifiedAt, int Version);

public sealed record UserPage(IReadOnlyList<UserView> Users, int TotalResults);

public sealed class UserMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<User, UserView>()
            .ConstructUsing(user => new UserView(user.Id.ToString(), user.Profile, user.CreatedAt, user.LastModifiedAt, user.Version));
}
