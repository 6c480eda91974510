using System.Collections.Concurrent;
using System.Net;
using Npgsql;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Operations;

/// <summary>SIGTERM while two writers are creating users: requests in flight finish, the process exits cleanly, nothing acknowledged is lost.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Sigterm_WithWritersInFlight_FinishesThemAndLosesNothingAcknowledged()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        await using var commands = new SharedDatabaseFactory(database);
        await commands.InitializeAsync();
        var (company, token) = await commands.CreateCompanyWithOktaAsync();
        await using var server = await ServerProcess.Start(database).ReadyAsync();

        var acknowledged = new ConcurrentBag<string>();
        var answers = new ConcurrentBag<HttpStatusCode>();
        var started = new TaskCompletionSource();

        async Task Writer(string version)
        {
            using var client = new HttpClient { BaseAddress = server.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"Bearer {token}");
            for (var i = 0; ; i++)
            {
                var userName = $"{version}-{i}-{Guid.NewGuid():N}"[..24] + "@example.com";
                HttpResponseMessage response;
                try
                {
                    response = await client.PostScim($"/scim/{version}/{company.Key}/Users", ScimWire.OktaUser(version, userName), version);
                }
                catch (HttpRequestException)
                {
                    return; // the listener is gone: the server stopped taking new requests
                }

                answers.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.Created) acknowledged.Add(userName);
                if (acknowledged.Count >= 10) started.TrySetResult();
            }
        }

        var writers = new[] { Writer("v1"), Writer("v2") };
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        server.Terminate();
        var exited = await server.WaitForExitAsync(TimeSpan.FromSeconds(90));
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(90));

        Assert.True(exited, "the server did not exit after SIGTERM");
        Assert.Equal(0, server.ExitCode);
        Assert.All(answers, status => Assert.True((int)status < 500, $"answered {status} while stopping"));
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var stored = new HashSet<string>();
        await using var users = new NpgsqlCommand("SELECT user_name FROM users", connection);
        await using var reader = await users.ExecuteReaderAsync();
        while (await reader.ReadAsync()) stored.Add(reader.GetString(0));
        Assert.Subset(stored, acknowledged.ToHashSet());
    }

    [Fact]
    public async Task Sigterm_WithADrainPeriod_TurnsReadinessOffWhileStillServing_ThenExits()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        await using var server = await ServerProcess.Start(database, new Dictionary<string, string> { ["Server__ShutdownDrainSeconds"] = "3" }).ReadyAsync();

        server.Terminate();
        HttpResponseMessage readiness;
        do
        {
            readiness = await server.Client.GetAsync("/readyz");
        }
        while (readiness.StatusCode == HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
        Assert.Equal("shutting down", await readiness.Content.ReadAsStringAsync());
        Assert.True(await server.WaitForExitAsync(TimeSpan.FromSeconds(90)), "the server did not exit after the drain");
        Assert.Equal(0, server.ExitCode);
    }
}
