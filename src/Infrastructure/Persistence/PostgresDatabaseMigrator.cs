using Microsoft.EntityFrameworkCore;
using Platform.Application.Common.Persistence;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// <c>migrate</c> (and migrate-on-start) on PostgreSQL and on Citus: the PostgreSQL migrations and, on Citus (through
/// the coordinator, which passes their DDL on to the shards), <see cref="CitusDistribution"/> after them. All of it
/// runs on one connection under a session advisory lock, so replicas starting together, or an operator's
/// <c>migrate</c> beside them, run it one at a time and the later ones find nothing left to do (EF Core's own
/// migration lock does not stop a second migrator here: it applies the same migration again and fails).
/// </summary>
internal sealed class PostgresDatabaseMigrator(PlatformDbContext db, bool distributeOnCitus) : IDatabaseMigrator
{
    /// <summary>Any fixed number: the key of the advisory lock held while migrating ("Platform" in ASCII).</summary>
    private const long MigrationLockKey = 0x506C6174666F726D;

    public async Task MigrateAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", ct);
            try
            {
                await db.Database.MigrateAsync(ct);
                if (distributeOnCitus) await CitusDistribution.DistributeAsync(db, ct);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task<bool> CanConnectAsync(CancellationToken ct) => db.Database.CanConnectAsync(ct);
}
