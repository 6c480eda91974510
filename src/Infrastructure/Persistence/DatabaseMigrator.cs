using Microsoft.EntityFrameworkCore;
using Platform.Application.Common.Persistence;

namespace Platform.Infrastructure.Persistence;

internal sealed class DatabaseMigrator(PlatformDbContext db) : IDatabaseMigrator
{
    public Task MigrateAsync(CancellationToken ct) => db.Database.MigrateAsync(ct);

    public Task<bool> CanConnectAsync(CancellationToken ct) => db.Database.CanConnectAsync(ct);
}
