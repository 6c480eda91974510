using System.Collections.Concurrent;
using System.Net;
using Npgsql;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Operations;

/// <summary>
/// The database goes away under two writers and two readers (a proxy in front of it is cut, then restored): every
/// answer is a success or a 503 with Retry-After in the caller's SCIM version, readiness says so, the server serves
/// again without a restart, and every acknowledged create is in the database, each with its audit entry.
/// </summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task DatabaseCut_UnderLoad_Answers503WithRetryAfterAndLosesNoAcknowledgedWrite()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        var direct = new NpgsqlConnectionStringBuilder(database);
        await using var proxy = new SeverableProxy(direct.Port);
        var viaProxy = new NpgsqlConnectionStringBuilder(database) { Port = proxy.Port }.ConnectionString;
        await using var server = new SharedDatabaseFactory(viaProxy);
        await server.InitializeAsync();
        var (company, token) = await server.CreateCompanyWithOktaAsync();

        var answers = new ConcurrentBag<(string Version, HttpResponseMessage Response, string Body)>();
        var acknowledged = new ConcurrentBag<string>();
        var restored = false;
        var recoveredAfterRestore = new TaskCompletionSource();
        using var stop = new CancellationTokenSource();

        async Task Writer(string version)
        {
            var scim = server.ScimClient(token);
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var userName = $"{version}-{i}-{Guid.NewGuid():N}@example.com"[..40];
                var response = await scim.PostScim($"/scim/{version}/{company.Key}/Users", ScimWire.OktaUser(version, userName), version);
                answers.Add((version, response, await response.Content.ReadAsStringAsync()));
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add(userName);
                    if (Volatile.Read(ref restored)) recoveredAfterRestore.TrySetResult();
                }
            }
        }

        async Task Reader(string version)
        {
            var scim = server.ScimClient(token);
            while (!stop.IsCancellationRequested)
            {
                var response = await scim.GetAsync($"/scim/{version}/{company.Key}/Users?startIndex=1&count=5");
                answers.Add((version, response, await response.Content.ReadAsStringAsync()));
            }
        }

        var load = new[] { Writer("v1"), Writer("v2"), Reader("v1"), Reader("v2") };
        await Task.Delay(500);
        proxy.Sever();
        await Task.Delay(1500);
        var readiness = await server.CreateClient().GetAsync("/readyz");
        proxy.Restore();
        Volatile.Write(ref restored, true);
        var recovered = await Task.WhenAny(recoveredAfterRestore.Task, Task.Delay(TimeSpan.FromSeconds(15))) == recoveredAfterRestore.Task;
        stop.Cancel();
        await Task.WhenAll(load);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
        Assert.True(recovered, "no create succeeded within 15 s of the database coming back");
        Assert.All(answers, a => Assert.Contains(a.Response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable }));
        var refusals = answers.Where(a => a.Response.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(refusals);
        Assert.All(refusals, a =>
        {
            Assert.True(int.TryParse(a.Response.Headers.GetValues("Retry-After").Single(), out var seconds) && seconds > 0);
            Assert.Contains(a.Version == "v1" ? "{\"Errors\":[{\"description\"" : "urn:ietf:params:scim:api:messages:2.0:Error", a.Body);
        });

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var stored = new HashSet<string>();
        await using (var users = new NpgsqlCommand("SELECT user_name FROM users", connection))
        await using (var reader = await users.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) stored.Add(reader.GetString(0));
        }

        Assert.Subset(stored, acknowledged.ToHashSet());
        await using var audited = new NpgsqlCommand("SELECT count(*) FROM audit_entries WHERE action = 'user.created'", connection);
        Assert.Equal(stored.Count, Convert.ToInt32(await audited.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
