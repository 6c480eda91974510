using Microsoft.EntityFrameworkCore;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Model-wide settings a module contributes, e.g. how its strongly typed ids are stored wherever they appear.
/// <see cref="PlatformDbContext"/> finds every implementation in this assembly, as it finds the entity configurations,
/// so that the shared core names no module.
/// </summary>
internal interface IModelConventions
{
    void Configure(ModelConfigurationBuilder configurationBuilder);
}
