using Microsoft.EntityFrameworkCore;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Directory.Users;
using Platform.Infrastructure.Directory.Groups;
using Platform.Infrastructure.Directory.Users;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Directory;

internal sealed class DirectoryConventions : IModelConventions
{
    public void Configure(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<UserId>().HaveConversion<UserIdConverter>();
        configurationBuilder.Properties<GroupId>().HaveConversion<GroupIdConverter>();
    }
}
