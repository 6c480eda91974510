using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Makes the migrated PostgreSQL schema a Citus multi-tenant schema (docs/adr/0015-citus-provider.md): every table
/// with a company id is distributed by <c>company_id</c>, all in one co-location group, and every other table of the
/// model (<c>companies</c>, the data-protection keys) becomes a reference table, copied to every node. The tables
/// are read from the EF model, so a table a later migration adds is distributed by the next <c>migrate</c>. Each
/// step is skipped when <c>citus_tables</c> says it is done: running it again changes nothing. EF's migration history
/// stays an ordinary table on the coordinator. A table of the model not created yet (a test that migrates part of the
/// way) is left for the next run.
/// </summary>
internal static class CitusDistribution
{
    public const string DistributionColumn = "company_id";

    /// <summary>
    /// Tables with a company id that stay on the coordinator as Citus local tables: the replicas' rate-budget ledger
    /// (ADR 0014) is read across all companies several times a second and pruned by age, coordination between
    /// replicas rather than tenant data. The webhook endpoints (a few rows per company) hold the delivery workers'
    /// due work and leases, claimed across all companies with one <c>FOR UPDATE SKIP LOCKED</c> statement.
    /// </summary>
    private static readonly HashSet<string> CoordinatorTables = ["rate_spends", "webhook_endpoints"];

    public static async Task DistributeAsync(PlatformDbContext db, CancellationToken ct)
    {
        // One connection throughout: the SET below holds for its session only.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await DistributeOnOpenConnectionAsync(db, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task DistributeOnOpenConnectionAsync(PlatformDbContext db, CancellationToken ct)
    {
        var installed = await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\" FROM pg_extension WHERE extname = 'citus'").ToListAsync(ct);
        if (installed.Count == 0)
        {
            throw new InvalidOperationException(
                "Database:Provider is Citus but the citus extension is not installed in this database: on the coordinator and every worker run "
                + "CREATE EXTENSION citus, then on the coordinator citus_add_node for each worker (docs/operations.md, \"Preparing a Citus database\").");
        }

        var (reference, tenant) = Tables(db.Model);

        // Without this, a table with a foreign key to a table being made a reference table would silently become a
        // "Citus local table" first (shared/citus/README.md); distributing tables is simpler from plain ones.
        await db.Database.ExecuteSqlRawAsync("SET citus.enable_local_reference_table_foreign_keys TO off", ct);
        try
        {
            foreach (var table in reference)
            {
                if (await TypeOfAsync(db, table, ct) is not ("reference" or "absent"))
                {
                    await db.Database.ExecuteSqlAsync($"SELECT create_reference_table({table}::regclass)", ct);
                }
            }

            string? colocateWith = null;
            foreach (var table in tenant.Where(t => !CoordinatorTables.Contains(t)))
            {
                var type = await TypeOfAsync(db, table, ct);
                if (type == "absent") continue;
                if (type != "distributed")
                {
                    var with = colocateWith ?? "none";
                    await db.Database.ExecuteSqlAsync(
                        $"SELECT create_distributed_table({table}::regclass, {DistributionColumn}, colocate_with => {with})", ct);
                }

                colocateWith ??= table;
            }

            foreach (var table in tenant.Where(CoordinatorTables.Contains))
            {
                if (await TypeOfAsync(db, table, ct) == "postgres")
                {
                    await db.Database.ExecuteSqlAsync($"SELECT citus_add_local_table_to_metadata({table}::regclass, cascade_via_foreign_keys => true)", ct);
                }
            }
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("RESET citus.enable_local_reference_table_foreign_keys", CancellationToken.None);
        }
    }

    /// <summary>
    /// The model's tables: those without a company id (reference), and those with one (distributed), principals
    /// before the tables whose foreign keys point at them, as Citus distributes a referencing table only after the
    /// table it references.
    /// </summary>
    internal static (IReadOnlyList<string> Reference, IReadOnlyList<string> Tenant) Tables(IModel model)
    {
        var entities = model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()).ToList();
        var reference = entities.Where(e => !IsTenantOwned(e)).Select(QualifiedName).Distinct().Order(StringComparer.Ordinal).ToList();

        var pending = entities.Where(IsTenantOwned).OrderBy(QualifiedName, StringComparer.Ordinal).ToList();
        var tenant = new List<string>();
        while (pending.Count > 0)
        {
            var ready = pending.First(e => e.GetForeignKeys().All(fk =>
                !IsTenantOwned(fk.PrincipalEntityType) || fk.PrincipalEntityType == e || tenant.Contains(QualifiedName(fk.PrincipalEntityType))));
            pending.Remove(ready);
            if (!tenant.Contains(QualifiedName(ready))) tenant.Add(QualifiedName(ready));
        }

        return (reference, tenant);
    }

    private static bool IsTenantOwned(IEntityType entity) =>
        entity.GetProperties().Any(p => p.GetColumnName() == DistributionColumn);

    private static string QualifiedName(IEntityType entity) =>
        entity.GetSchema() is { } schema ? $"{schema}.{entity.GetTableName()}" : entity.GetTableName()!;

    /// <summary>How Citus holds the table: "distributed", "reference", "local", "postgres" (not Citus's), or "absent".</summary>
    private static async Task<string> TypeOfAsync(PlatformDbContext db, string table, CancellationToken ct) =>
        (await db.Database.SqlQuery<string>($"""
            SELECT coalesce((SELECT citus_table_type FROM citus_tables WHERE table_name = to_regclass({table})),
                            CASE WHEN to_regclass({table}) IS NULL THEN 'absent' ELSE 'postgres' END) AS "Value"
            """).ToListAsync(ct)).Single();
}
