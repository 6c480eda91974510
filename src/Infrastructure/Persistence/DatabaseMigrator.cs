using Microsoft.EntityFrameworkCore;
using Platform.Application.Common.Persistence;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// <c>migrate</c> and migrate-on-start. With <paramref name="distributeOnCitus"/> (<c>Database:Provider=Citus</c>,
/// through the coordinator, which passes the migrations' DDL on to the shards) <see cref="CitusDistribution"/> runs
/// after the migrations, under the same lock.
/// </summary>
internal sealed class DatabaseMigrator(PlatformDbContext db, bool distributeOnCitus = false) : IDatabaseMigrator
{
    // Any constant shared by every replica; "platform" in ASCII.
    private const long MigrationLockKey = 0x706c6174666f726d;

    /// <summary>
    /// On PostgreSQL, under a session advisory lock: replicas starting together on a new version apply the migrations
    /// once, one after another, instead of racing (EF's own lock let two replicas both add a column on an empty database).
    /// </summary>
    public async Task MigrateAsync(CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.Database.MigrateAsync(ct);
            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", ct);
            try
            {
                await db.Database.MigrateAsync(ct);
                if (distributeOnCitus) await CitusDistribution.DistributeAsync(db, ct);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task<bool> CanConnectAsync(CancellationToken ct) => db.Database.CanConnectAsync(ct);
}
