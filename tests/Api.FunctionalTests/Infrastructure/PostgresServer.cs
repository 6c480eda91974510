using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Platform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL cluster per test run, shared by every test class; each class gets its own database.
/// Uses <c>PLATFORM_TEST_POSTGRES</c> (a connection string to a server where we may create databases) when set;
/// otherwise starts a cluster from the installed server binaries in a temp folder (as the <c>postgres</c> user when
/// running as root, since the server refuses to run as root), and stops and deletes it when the run ends.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly List<PostgresServer> Started = [];
    private readonly string? _dataDirectory;

    private PostgresServer(string adminConnectionString, string? dataDirectory)
    {
        AdminConnectionString = adminConnectionString;
        _dataDirectory = dataDirectory;
    }

    public string AdminConnectionString { get; }

    public int Port => new NpgsqlConnectionStringBuilder(AdminConnectionString).Port;

    public static PostgresServer Instance => Shared.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(string prefix) =>
        CreateDatabaseAsync($"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant(), []);

    /// <summary>Creates the database <paramref name="name"/>, runs <paramref name="setup"/> in it, and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, IReadOnlyList<string> setup)
    {
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var database = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
        if (setup.Count > 0)
        {
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            foreach (var statement in setup)
            {
                await using var command = new NpgsqlCommand(statement, connection);
                await command.ExecuteNonQueryAsync();
            }
        }

        return new NpgsqlConnectionStringBuilder(database) { Pooling = true, MaxPoolSize = 40 }.ConnectionString;
    }

    private static PostgresServer Start()
    {
        if (Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES") is { Length: > 0 } external)
        {
            return new PostgresServer(external, null);
        }

        var bin = FindServerBinaries() ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries found under /usr/lib/postgresql. Install them (apt-get install -y postgresql) or set PLATFORM_TEST_POSTGRES.");
        return StartCluster(bin, string.Empty);
    }

    /// <summary>
    /// Starts another throwaway cluster from the binaries in <paramref name="bin"/>, with <paramref name="settings"/>
    /// added to the server's command line (e.g. <c>-c shared_preload_libraries=citus</c>); stopped when the run ends.
    /// </summary>
    public static PostgresServer StartCluster(string bin, string settings)
    {
        var data = Path.Combine(Path.GetTempPath(), $"platform-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        System.IO.Directory.CreateDirectory(data);
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", ["-R", "postgres:postgres", data], asPostgres: false);

        var port = FreePort();
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asRoot);
        Run(
            Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(data, "server.log"), "-w", "-t", "60", "start", "-o",
             $"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 {settings}"],
            asRoot);

        var server = new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false", data);
        lock (Started)
        {
            if (Started.Count == 0) AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
            Started.Add(server);
        }

        return server;
    }

    /// <summary>
    /// Every cluster this run started, stopped in one exit handler: one <c>kill -QUIT</c> to all their postmasters
    /// (PostgreSQL's immediate shutdown, what <c>pg_ctl -m immediate stop</c> sends), then their folders deleted. The
    /// test host gives its exit handlers little time and a run with Citus has four clusters, so nothing here waits;
    /// a cluster or folder left behind is stopped and removed by the next scripts/test.sh.
    /// </summary>
    private static void StopAll()
    {
        PostgresServer[] servers;
        lock (Started) servers = [.. Started];
        var postmasters = servers
            .Select(server => Path.Combine(server._dataDirectory!, "postmaster.pid"))
            .Where(File.Exists)
            .Select(file => File.ReadLines(file).First())
            .ToList();
        try
        {
            if (postmasters.Count > 0) Run("kill", ["-QUIT", .. postmasters], asPostgres: false);
        }
        finally
        {
            foreach (var server in servers)
            {
                try
                {
                    System.IO.Directory.Delete(server._dataDirectory!, recursive: true);
                }
                catch (IOException)
                {
                    // A later run's script removes leftovers.
                }
            }
        }
    }

    /// <summary>The newest installed PostgreSQL's <c>bin</c> folder, or the newest one whose <c>lib</c> has <paramref name="extensionLibrary"/>.</summary>
    public static string? FindServerBinaries(string? extensionLibrary = null) =>
        System.IO.Directory.Exists("/usr/lib/postgresql")
            ? System.IO.Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => Path.Combine(dir, "bin"))
                .Where(dir => File.Exists(Path.Combine(dir, "initdb")))
                .Where(dir => extensionLibrary is null || File.Exists(Path.Combine(dir, "..", "lib", extensionLibrary)))
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(Path.GetDirectoryName(dir)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, IReadOnlyList<string> args, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres)
        {
            foreach (var arg in new[] { "-u", "postgres", "--", file }) start.ArgumentList.Add(arg);
        }

        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({(process.HasExited ? process.ExitCode : -1)}): {stdout.Result}{stderr.Result}");
        }
    }
}
