using Mapster;
using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

public sealed class UserMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        // Id.Value.ToString() rather than Id.ToString() (the same text) so that a projection translates to SQL.
        config.NewConfig<User, UserView>()
            .ConstructUsing(user => new UserView(user.Id.Value.ToString(), user.Profile, user.CreatedAt, user.LastModifiedAt, user.Version))
            .Ignore(view => view.Groups);
        config.NewConfig<User, UserListItem>()
            .ConstructUsing(user => new UserListItem(user.Id.Value.ToString(), user.UserName, user.DisplayName, user.Active, user.LastModifiedAt));
    }
}
