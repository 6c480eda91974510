using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>Inputs and races that once produced a 500 or a wrong 409 (found in review), answered in the SCIM protocol.</summary>
public sealed class RobustnessTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Theory]
    [InlineData("v2", "{\"userName\":\"\\ud800x\"}")]
    [InlineData("v1", "{\"\\ud800\":1,\"userName\":\"a@b.c\"}")]
    [InlineData("v2", "{\"userName\":\"nul\\u0000x\"}")]
    [InlineData("v1", "{\"userName\":\"a@b.c\",\"name\":{\"givenName\":\"x\\u0000\"}}")]
    public async Task Create_UndecodableOrNulStrings_Is400(string version, string body)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);

        var response = await scim.PostAsync($"/scim/{version}/{company.Key}/Users", ScimWire.Content(body, version));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, (int)(await (await scim.GetAsync($"/scim/{version}/{company.Key}/Users?count=0")).ReadObjectAsync())["totalResults"]!);
    }

    [Fact]
    public async Task Patch_OpWithLoneSurrogate_Is400()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var id = (string)(await (await scim.PostScim($"/scim/v2/{company.Key}/Users", ScimWire.OktaUser("v2", "s@example.com"), "v2")).ReadObjectAsync())["id"]!;

        var response = await scim.PatchAsync($"/scim/v2/{company.Key}/Users/{id}", ScimWire.Content("{\"Operations\":[{\"op\":\"\\ud800\",\"path\":\"title\",\"value\":\"x\"}]}", "v2"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("userName eq \"a\\u0000b\"")]
    [InlineData("userName eq \"a\u0000b\"")]
    public async Task Filter_WithNul_Is400InvalidFilter(string filter)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();

        var response = await factory.ScimClient(token).GetAsync($"/scim/v2/{company.Key}/Users?filter={Uri.EscapeDataString(filter)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalidFilter", (string)(await response.ReadObjectAsync())["scimType"]!);
    }

    [Fact]
    public async Task GroupName_WithNul_Is400()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();

        var response = await factory.ScimClient(token).PostAsync($"/scim/v2/{company.Key}/Groups", ScimWire.Content("{\"displayName\":\"g\\u0000\"}", "v2"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public Task ParallelPatchesOfOneUser_AllApply() => ParallelPatchesOfOneUserAsync(factory);

    /// <summary>The race of <see cref="ParallelPatchesOfOneUser_AllApply"/>, also run on other databases.</summary>
    internal static async Task ParallelPatchesOfOneUserAsync(PlatformApiFactory factory)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v2/{company.Key}/Users";
        var id = (string)(await (await scim.PostScim(users, ScimWire.OktaUser("v2", "busy@example.com"), "v2")).ReadObjectAsync())["id"]!;
        var attributes = new[] { "title", "nickName", "userType", "timezone", "preferredLanguage", "displayName" };

        var responses = await Task.WhenAll(attributes.Select(attribute =>
            scim.PatchScim($"{users}/{id}", ScimWire.Patch(new JsonObject { ["op"] = "replace", ["path"] = attribute, ["value"] = $"v-{attribute}" }), "v2")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var user = await (await scim.GetAsync($"{users}/{id}")).ReadObjectAsync();
        Assert.All(attributes, attribute => Assert.Equal($"v-{attribute}", (string)user[attribute]!));
    }

    [Fact]
    public async Task ParallelDeletesOfOneUser_OneSucceedsTheOthersAre404()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v2/{company.Key}/Users";
        var id = (string)(await (await scim.PostScim(users, ScimWire.OktaUser("v2", "twice@example.com"), "v2")).ReadObjectAsync())["id"]!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => scim.DeleteAsync($"{users}/{id}")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.NoContent);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.NoContent), r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }

    [Fact]
    public Task AddingAMemberWhileTheUserIsDeleted_IsNeverA500() => AddingAMemberWhileTheUserIsDeletedAsync(factory);

    /// <summary>The race of <see cref="AddingAMemberWhileTheUserIsDeleted_IsNeverA500"/>, also run on other databases.</summary>
    internal static async Task AddingAMemberWhileTheUserIsDeletedAsync(PlatformApiFactory factory)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var baseUrl = $"/scim/v2/{company.Key}";
        var group = (string)(await (await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = "Racy" }, "v2")).ReadObjectAsync())["id"]!;

        for (var round = 0; round < 15; round++)
        {
            var user = (string)(await (await scim.PostScim($"{baseUrl}/Users", ScimWire.OktaUser("v2", $"racer{round}@example.com"), "v2")).ReadObjectAsync())["id"]!;
            var add = scim.PatchScim($"{baseUrl}/Groups/{group}", ScimWire.Patch(new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = new JsonArray(new JsonObject { ["value"] = user }) }), "v2");
            var delete = scim.DeleteAsync($"{baseUrl}/Users/{user}");
            var responses = await Task.WhenAll(add, delete);

            Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"round {round}: {r.StatusCode}"));
        }
    }

    [Fact]
    public async Task UnknownSubAttributesInABody_AreIgnoredLikeUnknownAttributes()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var body = ScimWire.OktaUser("v2", "extra@example.com");
        body["name"]!["nickName"] = "Addy";
        body[ScimWire.EnterpriseV2] = new JsonObject { ["department"] = "R&D", ["employeeType"] = "FTE" };

        var response = await factory.ScimClient(token).PostScim($"/scim/v2/{company.Key}/Users", body, "v2");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("R&D", (string)(await response.ReadObjectAsync())[ScimWire.EnterpriseV2]!["department"]!);
    }

    [Fact]
    public async Task GroupFilter_TwoMembers_FindsOnlyGroupsWithBoth()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var baseUrl = $"/scim/v2/{company.Key}";
        var a = (string)(await (await scim.PostScim($"{baseUrl}/Users", ScimWire.OktaUser("v2", "a@example.com"), "v2")).ReadObjectAsync())["id"]!;
        var b = (string)(await (await scim.PostScim($"{baseUrl}/Users", ScimWire.OktaUser("v2", "b@example.com"), "v2")).ReadObjectAsync())["id"]!;
        await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = "OnlyA", ["members"] = new JsonArray(new JsonObject { ["value"] = a }) }, "v2");
        var both = (string)(await (await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = "Both", ["members"] = new JsonArray(new JsonObject { ["value"] = a }, new JsonObject { ["value"] = b }) }, "v2")).ReadObjectAsync())["id"]!;

        var found = await (await scim.GetAsync($"{baseUrl}/Groups?excludedAttributes=members&filter={Uri.EscapeDataString($"members eq \"{a}\" and members eq \"{b}\"")}")).ReadObjectAsync();

        Assert.Equal(1, (int)found["totalResults"]!);
        Assert.Equal(both, (string)found["Resources"]![0]!["id"]!);
    }

    [Fact]
    public Task GroupDeleteRacingAPatch_IsNeverA500_AndASecondDeleteIs404() => GroupDeleteRacingAPatchAsync(factory);

    /// <summary>The race of <see cref="GroupDeleteRacingAPatch_IsNeverA500_AndASecondDeleteIs404"/>, also run on other databases.</summary>
    internal static async Task GroupDeleteRacingAPatchAsync(PlatformApiFactory factory)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var baseUrl = $"/scim/v2/{company.Key}";
        var members = new JsonArray();
        for (var i = 0; i < 20; i++)
        {
            members.Add(new JsonObject { ["value"] = (string)(await (await scim.PostScim($"{baseUrl}/Users", ScimWire.OktaUser("v2", $"m{i}@example.com"), "v2")).ReadObjectAsync())["id"]! });
        }

        for (var round = 0; round < 8; round++)
        {
            var group = (string)(await (await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = $"Doomed {round}", ["members"] = members.DeepClone() }, "v2")).ReadObjectAsync())["id"]!;
            var patch = scim.PatchScim($"{baseUrl}/Groups/{group}", ScimWire.Patch(
                new JsonObject { ["op"] = "remove", ["path"] = $"members[value eq \"{(string)members[0]!["value"]!}\"]" },
                new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = members.DeepClone() }), "v2");
            var responses = await Task.WhenAll(patch, scim.DeleteAsync($"{baseUrl}/Groups/{group}"), scim.DeleteAsync($"{baseUrl}/Groups/{group}"));

            Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"round {round}: {r.StatusCode}"));
            Assert.Single(responses[1..], r => r.StatusCode == HttpStatusCode.NoContent);
        }
    }

    [Fact]
    public async Task Patch_EntraDefaultMappingsForAttributesNotKept_AreIgnored_AndTheRestApplies()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v2/{company.Key}/Users";
        var id = (string)(await (await scim.PostScim(users, ScimWire.OktaUser("v2", "entra@example.com"), "v2")).ReadObjectAsync())["id"]!;

        var response = await scim.PatchScim($"{users}/{id}", ScimWire.Patch(
            new JsonObject { ["op"] = "Replace", ["path"] = "addresses[type eq \"work\"].streetAddress", ["value"] = "2 Main" },
            new JsonObject { ["op"] = "Replace", ["path"] = "roles[primary eq \"True\"].value", ["value"] = "admin" },
            new JsonObject { ["op"] = "Add", ["path"] = "urn:ietf:params:scim:schemas:extension:CustomExt:2.0:User:costCode", ["value"] = "CC-7" },
            new JsonObject { ["op"] = "Replace", ["path"] = "displayName", ["value"] = "New Name" }), "v2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = await response.ReadObjectAsync();
        Assert.Equal("New Name", (string)user["displayName"]!);
        Assert.Equal("CC-7", (string)user["urn:ietf:params:scim:schemas:extension:CustomExt:2.0:User"]!["costCode"]!);

        var removed = await (await scim.PatchScim($"{users}/{id}", ScimWire.Patch(
            new JsonObject { ["op"] = "Remove", ["path"] = "urn:ietf:params:scim:schemas:extension:CustomExt:2.0:User:costCode" }), "v2")).ReadObjectAsync();
        Assert.Null(removed["urn:ietf:params:scim:schemas:extension:CustomExt:2.0:User"]);
    }

    [Fact]
    public async Task Email_WithABar_Is400()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var body = ScimWire.OktaUser("v2", "bar@example.com");
        body["emails"] = new JsonArray(new JsonObject { ["value"] = "boss@x.com|ceo@x.com" });

        Assert.Equal(HttpStatusCode.BadRequest, (await factory.ScimClient(token).PostScim($"/scim/v2/{company.Key}/Users", body, "v2")).StatusCode);
    }
}
