using Microsoft.AspNetCore.Hosting;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Events;

/// <summary>
/// The server with webhooks that may reach the receivers on 127.0.0.1 and a retry schedule of seconds:
/// 0.2 s, 0.5 s, then every second, giving up after <see cref="GiveUpAfter"/>.
/// </summary>
public class WebhooksApiFactory : PlatformApiFactory
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(5);

    public static IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Webhooks:AllowPrivateNetworks"] = "true",
        ["Webhooks:PollInterval"] = "00:00:00.1",
        ["Webhooks:RetryDelays:0"] = "00:00:00.2",
        ["Webhooks:RetryDelays:1"] = "00:00:00.5",
        ["Webhooks:RetryDelays:2"] = "00:00:01",
        ["Webhooks:GiveUpAfter"] = GiveUpAfter.ToString(),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }
}

/// <summary>The same on Citus, where the app's connection refuses any statement that spans shards.</summary>
public sealed class CitusWebhooksApiFactory : WebhooksApiFactory
{
    protected override string Provider => "Citus";

    public override Task InitializeAsync() => CitusCluster.IsAvailable ? base.InitializeAsync() : Task.CompletedTask;

    protected override Task<string> CreateDatabaseAsync() => CitusCluster.Instance.CreateDatabaseAsync("platform_citus");
}

/// <summary>The same on SQLite (one process delivers).</summary>
public sealed class SqliteWebhooksApiFactory : WebhooksApiFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"platform-test-{Guid.NewGuid():N}.db");

    protected override string Provider => "Sqlite";

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={_file}");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" }) File.Delete(_file + suffix);
    }
}
