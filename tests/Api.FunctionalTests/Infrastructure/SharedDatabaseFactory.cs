using Microsoft.AspNetCore.Hosting;

namespace Platform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Another server process on an existing database: two of them are two replicas, one after another a restart.
/// <paramref name="settings"/> are extra configuration values, e.g. the request log's retention.
/// </summary>
public sealed class SharedDatabaseFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null) : PlatformApiFactory
{
    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(connectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
    }
}
