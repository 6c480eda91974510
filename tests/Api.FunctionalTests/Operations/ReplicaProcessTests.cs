using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Operations;

/// <summary>
/// Two server processes on one database, started together on an empty one (so they also race to migrate it):
/// nothing a replica needs is kept in one process.
/// </summary>
public sealed class ReplicaProcessTests
{
    [Fact]
    public async Task TwoProcesses_OnOneDatabase_AgreeOnTokensRacesMembershipsAndTheConsole()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        await using var one = ServerProcess.Start(database);
        await using var other = ServerProcess.Start(database);
        await Task.WhenAll(one.ReadyAsync(), other.ReadyAsync());
        await using var commands = new SharedDatabaseFactory(database);
        await commands.InitializeAsync();
        var (company, token) = await commands.CreateCompanyWithOktaAsync();
        await SignInAsync(one.Client, company);
        await SignInAsync(other.Client, company);
        var scimBase = $"/scim/v2/{company.Key}";

        // Use and failures through one are on the other's console.
        Assert.Equal(HttpStatusCode.OK, (await Send(one, HttpMethod.Get, $"{scimBase}/Users?count=1", token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(one, HttpMethod.Get, $"{scimBase}/Users", "plat_scim_pasted-in-part")).StatusCode);
        async Task<bool> UseAndFailureShownOnOther()
        {
            var integration = await other.Client.GetFromJsonAsync<JsonObject>($"/api/companies/{company.Key}/integrations/okta");
            var failures = await other.Client.GetFromJsonAsync<JsonObject>($"/api/companies/{company.Key}/integrations/okta/requests?status=4xx");
            return integration!["lastUsedAt"] is not null && failures!["requests"]!.AsArray().Any(r => (string?)r!["refusal"] == "WrongToken");
        }

        var seenOnOther = await EventuallyAsync(UseAndFailureShownOnOther, TimeSpan.FromSeconds(30));
        Assert.True(seenOnOther, "the other replica did not show the use and the failure within 30 s");
        Assert.Contains("The API token was not accepted", await other.Client.GetStringAsync("/settings/integrations/okta"));

        // Parallel creates of one userName over both: exactly one 201.
        var creates = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Send(i % 2 == 0 ? one : other, HttpMethod.Post, $"{scimBase}/Users", token, ScimWire.OktaUser("v2", "race@example.com"))));
        Assert.Single(creates, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(creates.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));

        // Parallel membership changes over both: none lost.
        var group = await (await Send(one, HttpMethod.Post, $"{scimBase}/Groups", token, new JsonObject { ["displayName"] = "Both" })).ReadObjectAsync();
        var userIds = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var user = await (await Send(one, HttpMethod.Post, $"{scimBase}/Users", token, ScimWire.OktaUser("v2", $"member{i}@example.com"))).ReadObjectAsync();
            userIds.Add((string)user["id"]!);
        }

        var patches = await Task.WhenAll(userIds.Select((id, i) => Send(i % 2 == 0 ? one : other, HttpMethod.Patch, $"{scimBase}/Groups/{group["id"]}", token,
            ScimWire.Patch(new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = new JsonArray(new JsonObject { ["value"] = id }) }))));
        Assert.All(patches, r => Assert.True(r.IsSuccessStatusCode, $"PATCH answered {r.StatusCode}"));
        var members = (await (await Send(other, HttpMethod.Get, $"{scimBase}/Groups/{group["id"]}", token)).ReadObjectAsync())["members"]!.AsArray();
        Assert.Equal(userIds.Order(), members.Select(m => (string)m!["value"]!).Order());

        // A token reset through one is refused by the other within a second (each replica caches verified tokens
        // until the reset's notification arrives).
        var reset = await one.Client.PostAsync($"/api/companies/{company.Key}/integrations/okta/reset-token", null);
        var newToken = (string)(await reset.ReadObjectAsync())["token"]!;
        var refusedWithinASecond = await EventuallyAsync(
            async () => (await Send(other, HttpMethod.Get, $"{scimBase}/Users?count=1", token)).StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(1));
        Assert.True(refusedWithinASecond, "the other replica still accepted the old token a second after the reset");
        Assert.Equal(HttpStatusCode.OK, (await Send(other, HttpMethod.Get, $"{scimBase}/Users?count=1", newToken)).StatusCode);
    }

    [Fact]
    public async Task Migrate_FourProcessesAtOnceOnAnEmptyDatabase_AllSucceed()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        var migrators = Enumerable.Range(0, 4).Select(_ => ServerProcess.Start(database, verb: "migrate")).ToList();
        try
        {
            var exited = await Task.WhenAll(migrators.Select(m => m.WaitForExitAsync(TimeSpan.FromMinutes(3))));

            Assert.All(exited, Assert.True);
            Assert.All(migrators, m => Assert.True(m.ExitCode == 0, m.Output));
        }
        finally
        {
            foreach (var migrator in migrators) await migrator.DisposeAsync();
        }
    }

    private static async Task SignInAsync(HttpClient client, TestCompany company) =>
        (await client.PostAsJsonAsync("/api/session", new { companyKey = company.Key, email = company.AdminEmail, password = company.AdminPassword }))
            .EnsureSuccessStatusCode();

    private static Task<HttpResponseMessage> Send(ServerProcess server, HttpMethod method, string url, string token, JsonNode? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        if (body is not null) request.Content = ScimWire.Content(body, "v2");
        return server.Client.SendAsync(request);
    }

    /// <summary>Polls a condition that another process makes true in the background, for at most <paramref name="bound"/>.</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan bound)
    {
        for (var deadline = DateTime.UtcNow + bound; DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            if (await condition()) return true;
        }

        return false;
    }
}
