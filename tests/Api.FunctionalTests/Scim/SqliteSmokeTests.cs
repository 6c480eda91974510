using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.Application.Integrations;
using Platform.Infrastructure.Integrations;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>The Okta flows on the embedded SQLite database, which is what the README's run command uses.</summary>
public sealed class SqliteSmokeTests(SqlitePlatformApiFactory factory) : IClassFixture<SqlitePlatformApiFactory>
{
    [Fact]
    public async Task UsersAndGroups_WorkOnSqlite()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var baseUrl = $"/scim/v2/{company.Key}";
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await scim.PostScim($"{baseUrl}/Users", ScimWire.OktaUser("v2", $"lite{i}@example.com"), "v2");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids.Add((string)(await created.ReadObjectAsync())["id"]!);
        }

        Assert.Equal(HttpStatusCode.Conflict, (await scim.PostScim($"{baseUrl}/Users", ScimWire.OktaUser("v2", "LITE0@example.com"), "v2")).StatusCode);
        var found = await (await scim.GetAsync($"{baseUrl}/Users?filter=userName eq \"LITE1@EXAMPLE.COM\"")).ReadObjectAsync();
        Assert.Equal(ids[1], (string)found["Resources"]![0]!["id"]!);
        Assert.Equal(HttpStatusCode.OK, (await scim.PatchScim($"{baseUrl}/Users/{ids[2]}", ScimWire.Deactivate("v2", ids[2]), "v2")).StatusCode);

        var groupId = (string)(await (await scim.PostScim($"{baseUrl}/Groups", new JsonObject
        {
            ["displayName"] = "Lite",
            ["members"] = new JsonArray(new JsonObject { ["value"] = ids[0] }, new JsonObject { ["value"] = ids[1] }),
        }, "v2")).ReadObjectAsync())["id"]!;
        await scim.PatchScim($"{baseUrl}/Groups/{groupId}", ScimWire.Patch(
            new JsonObject { ["op"] = "remove", ["path"] = $"members[value eq \"{ids[0]}\"]" },
            new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = new JsonArray(new JsonObject { ["value"] = ids[2] }, new JsonObject { ["value"] = ids[1] }) }), "v2");

        var group = await (await scim.GetAsync($"{baseUrl}/Groups/{groupId}")).ReadObjectAsync();
        Assert.Equal(new[] { ids[1], ids[2] }.Order(), group["members"]!.AsArray().Select(m => (string)m!["value"]!).Order());
        var user = await (await scim.GetAsync($"{baseUrl}/Users/{ids[1]}")).ReadObjectAsync();
        Assert.Equal(groupId, (string)user["groups"]![0]!["value"]!);

        await scim.PatchScim($"{baseUrl}/Groups/{groupId}", ScimWire.Patch(new JsonObject { ["op"] = "replace", ["path"] = "members", ["value"] = new JsonArray() }), "v2");
        Assert.Null((await (await scim.GetAsync($"{baseUrl}/Groups/{groupId}")).ReadObjectAsync())["members"]?.AsArray().FirstOrDefault());
        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync($"{baseUrl}/Groups/{groupId}")).StatusCode);
    }

    [Fact]
    public async Task Bulk_UsersAndAGroupByBulkId_WorksOnSqlite()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var baseUrl = $"/scim/v2/{company.Key}";
        JsonNode Post(string path, string bulkId, JsonObject data) => new JsonObject { ["method"] = "POST", ["path"] = path, ["bulkId"] = bulkId, ["data"] = data };

        var response = await scim.PostScim($"{baseUrl}/Bulk", new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:BulkRequest"),
            ["Operations"] = new JsonArray(
                Post("/Groups", "g", new JsonObject { ["displayName"] = "Bulk", ["members"] = new JsonArray(new JsonObject { ["value"] = "bulkId:u" }) }),
                Post("/Users", "u", ScimWire.OktaUser("v2", "bulk@example.com")),
                Post("/Users", "dup", ScimWire.OktaUser("v2", "BULK@example.com"))),
        }, "v2");

        var operations = (await response.ReadObjectAsync())["Operations"]!.AsArray();
        Assert.Equal(["201", "201", "409"], operations.Select(o => (string)o!["status"]!));
        var group = await (await scim.GetAsync((string)operations[0]!["location"]!)).ReadObjectAsync();
        Assert.Equal(((string)operations[1]!["location"]!).Split('/')[^1], (string)group["members"]![0]!["value"]!);
    }

    [Fact]
    public async Task FiltersSortAndCursor_WorkOnSqlite()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v2/{company.Key}/Users";
        var ids = new List<string>();
        foreach (var (name, title, type) in new[] { ("émile", "Ça_va", "work"), ("bob", "100%", "home"), ("ada", (string?)null, "work") })
        {
            var body = ScimWire.OktaUser("v2", $"{name}@example.com", given: name);
            body["emails"] = new JsonArray(new JsonObject { ["value"] = $"{name}@example.com", ["type"] = type });
            if (title is not null) body["title"] = title;
            ids.Add((string)(await (await scim.PostScim(users, body, "v2")).ReadObjectAsync())["id"]!);
        }

        async Task<string[]> Find(string query) =>
            (await (await scim.GetAsync($"{users}?{query}")).ReadObjectAsync())["Resources"]!.AsArray().Select(u => ((string)u!["userName"]!).Split('@')[0]).ToArray();

        Assert.Equal(["émile"], await Find("filter=" + Uri.EscapeDataString("title sw \"ÇA_\"")));
        Assert.Equal(["bob"], await Find("filter=" + Uri.EscapeDataString("title co \"%\" or (emails[type eq \"HOME\"] and not (title pr))")));
        Assert.Equal(["ada", "bob"], await Find("filter=" + Uri.EscapeDataString("title ne \"Ça_va\" and meta.lastModified gt \"2000-01-01T00:00:00Z\"") + "&sortBy=name.givenName"));
        Assert.Equal(["émile", "bob", "ada"], await Find("sortBy=userName&sortOrder=descending"));

        var first = await (await scim.GetAsync($"{users}?count=2&cursor=&sortBy=title")).ReadObjectAsync();
        var second = await (await scim.GetAsync($"{users}?count=2&cursor={(string)first["nextCursor"]!}&sortBy=title")).ReadObjectAsync();
        Assert.Equal(["bob@example.com", "émile@example.com", "ada@example.com"], first["Resources"]!.AsArray().Concat(second["Resources"]!.AsArray()).Select(u => (string)u!["userName"]!));
        Assert.Null(second["nextCursor"]);
    }

    [Fact]
    public async Task RequestLog_WorksOnSqlite()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        await factory.ScimClient(token).GetAsync($"/scim/v1/{company.Key}/Users?startIndex=1&count=2");
        await factory.ScimClient("wrong").GetAsync($"/scim/v1/{company.Key}/Users");
        await factory.Services.GetRequiredService<IScimRequestLog>().FlushAsync(default);
        await factory.Services.GetRequiredService<ScimRequestPruner>().PruneAsync(default);

        var admin = await factory.SignedInClientAsync(company);
        var refused = await (await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests?status=4xx&from=2000-01-01T00:00Z")).ReadObjectAsync();
        var all = await (await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests")).ReadObjectAsync();

        Assert.Equal(1, (int)refused["total"]!);
        Assert.Equal([401, 200], all["requests"]!.AsArray().Select(r => (int)r!["status"]!));
        Assert.Contains("The API token was not accepted", await admin.GetStringAsync("/settings/integrations/okta"));
    }

    [Fact]
    public async Task TokenReset_ByAnotherProcessOnTheFile_IsRefusedAtOnce()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var users = $"/scim/v2/{company.Key}/Users";
        Assert.Equal(HttpStatusCode.OK, (await factory.ScimClient(token).GetAsync(users)).StatusCode);

        // What the CLI's `integrations reset-token` does from a process of its own: this server never sees the save.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var reset = connection.CreateCommand();
            reset.CommandText = "UPDATE integrations SET token_hash = zeroblob(32) WHERE company_id = (SELECT id FROM companies WHERE key = $key)";
            reset.Parameters.AddWithValue("$key", company.Key);
            Assert.Equal(1, await reset.ExecuteNonQueryAsync());
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ScimClient(token).GetAsync(users)).StatusCode);
    }
}
