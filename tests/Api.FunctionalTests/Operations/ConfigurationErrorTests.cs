using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Operations;

/// <summary>A server started with a setting it cannot use says which, in one line, and exits non-zero: no stack trace.</summary>
public sealed class ConfigurationErrorTests
{
    [Theory]
    [InlineData("Database__Provider", "Postgres", "error: Database:Provider: unknown database provider 'Postgres'")]
    [InlineData("ConnectionStrings__Platform", "Host", "error: ConnectionStrings:Platform: not a valid PostgreSQL connection string")]
    [InlineData("ConnectionStrings__Platform", "Host=127.0.0.1;Port=1;Database=platform;Username=platform", "error: ConnectionStrings:Platform: cannot reach the database at 127.0.0.1:1/platform")]
    public async Task Start_WithAnUnusableSetting_PrintsOneLineNamingItAndExitsNonZero(string variable, string value, string line)
    {
        await using var server = ServerProcess.Start(
            "Host=127.0.0.1;Database=platform;Username=platform",
            new Dictionary<string, string> { [variable] = value, ["Database__StartWaitSeconds"] = "0" });

        Assert.True(await server.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the server kept running");
        Assert.Equal(2, server.ExitCode);
        var output = server.Output.Trim();
        Assert.StartsWith(line, output, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', output);
    }
}
