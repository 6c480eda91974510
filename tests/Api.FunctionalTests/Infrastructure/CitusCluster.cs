using Npgsql;

namespace Platform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// A local Citus cluster for the run: a coordinator and two workers, each a throwaway <see cref="PostgresServer"/>
/// with <c>citus</c> preloaded, started on first use. Each test class gets its own database on all three nodes, with
/// the extension created and the workers added, the way an operator prepares one (docs/operations.md). Available when
/// an installed PostgreSQL has <c>citus.so</c>; <c>scripts/test.sh</c> builds it from <c>../shared/citus</c> when that
/// folder is beside the repository.
/// </summary>
public sealed class CitusCluster
{
    /// <summary>Why the Citus tests are skipped on a machine without Citus.</summary>
    public const string NotInstalled =
        "Citus is not installed: run bash ../shared/citus/build.sh (the Citus 13.2.2 source and build script for PostgreSQL 15; "
        + "scripts/test.sh runs it when ../shared/citus is beside the repository), then run the tests again.";

    private static readonly Lazy<string?> Binaries = new(() => PostgresServer.FindServerBinaries("citus.so"));
    private static readonly Lazy<CitusCluster> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    // One database at a time: citus_add_node from two databases at once updates the workers' roles concurrently,
    // and one of them fails with "tuple concurrently updated".
    private static readonly SemaphoreSlim Creating = new(1, 1);
    private readonly PostgresServer _coordinator;
    private readonly PostgresServer[] _workers;

    private CitusCluster(PostgresServer coordinator, PostgresServer[] workers)
    {
        _coordinator = coordinator;
        _workers = workers;
    }

    public static bool IsAvailable => Binaries.Value is not null;

    public static CitusCluster Instance => Shared.Value;

    /// <summary>
    /// A new database on every node, ready for <c>migrate</c>. Its connection string refuses any query Citus would
    /// split across shards (<c>citus.multi_task_query_log_level=error</c>): a SCIM request that is not single-shard
    /// fails the test that made it.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await Creating.WaitAsync();
        try
        {
            foreach (var worker in _workers) await worker.CreateDatabaseAsync(name, ["CREATE EXTENSION citus"]);
            string[] setup =
            [
                "CREATE EXTENSION citus",
                $"SELECT citus_set_coordinator_host('127.0.0.1', {_coordinator.Port})",
                .. _workers.Select(worker => $"SELECT citus_add_node('127.0.0.1', {worker.Port})"),
            ];
            var connectionString = await _coordinator.CreateDatabaseAsync(name, setup);
            return new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c citus.multi_task_query_log_level=error" }.ConnectionString;
        }
        finally
        {
            Creating.Release();
        }
    }

    private static CitusCluster Start()
    {
        var bin = Binaries.Value ?? throw new InvalidOperationException(NotInstalled);
        var nodes = new Task<PostgresServer>[3];
        for (var i = 0; i < nodes.Length; i++)
        {
            // The coordinator keeps per-database routing counters (citus_stat_counters) for the tests that read them.
            var settings = "-c shared_preload_libraries=citus" + (i == 0 ? " -c citus.enable_stat_counters=on" : string.Empty);
            nodes[i] = Task.Run(() => PostgresServer.StartCluster(bin, settings));
        }

        Task.WaitAll(nodes);
        return new CitusCluster(nodes[0].Result, [nodes[1].Result, nodes[2].Result]);
    }
}
