using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

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
}
