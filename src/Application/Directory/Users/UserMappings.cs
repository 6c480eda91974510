using Mapster;
using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

public sealed class UserMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<User, UserView>()
            .ConstructUsing(user => new UserView(user.Id.ToString(), user.Profile, user.CreatedAt, user.LastModifiedAt, user.Version));
}
