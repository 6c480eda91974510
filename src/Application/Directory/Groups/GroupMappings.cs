using Mapster;
using Platform.Domain.Directory.Groups;

namespace Platform.Application.Directory.Groups;

public sealed class GroupMappings : IRegister
{
    // Id.Value.ToString() rather than Id.ToString() (the same text) so that a projection translates to SQL.
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Group, GroupView>()
            .ConstructUsing(group => new GroupView(group.Id.Value.ToString(), group.Profile, group.CreatedAt, group.LastModifiedAt, group.Version));
}
