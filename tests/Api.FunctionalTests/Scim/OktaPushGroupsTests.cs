using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>Okta's Push Groups, replayed request by request in both SCIM versions, plus Entra's habits and the error cases.</summary>
public sealed class OktaPushGroupsTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    private sealed record Setup(HttpClient Scim, string Base, string[] UserIds, TestCompany Company);

    private static async Task<Setup> SetupAsync(PlatformApiFactory factory, string version, int users = 4)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var baseUrl = $"/scim/{version}/{company.Key}";
        var ids = new string[users];
        for (var i = 0; i < users; i++)
        {
            var created = await (await scim.PostScim($"{baseUrl}/Users", ScimWire.OktaUser(version, $"member{i}@example.com", $"Member{i}"), version)).ReadObjectAsync();
            ids[i] = (string)created["id"]!;
        }

        return new Setup(scim, baseUrl, ids, company);
    }

    private static JsonArray Members(params string[] ids) => new(ids.Select(id => (JsonNode)new JsonObject { ["value"] = id, ["display"] = id }).ToArray());

    private static async Task<string[]> MemberIds(HttpClient scim, string groupUrl)
    {
        var group = await (await scim.GetAsync(groupUrl)).ReadObjectAsync();
        return (group["members"] as JsonArray ?? []).Select(m => (string)m!["value"]!).Order().ToArray();
    }

    [Fact]
    public async Task PushGroups_V1Sequence_AsOktaSendsIt()
    {
        var (scim, baseUrl, users, _) = await SetupAsync(factory, "v1");
        var groups = $"{baseUrl}/Groups";

        // Link check by name: absent.
        var check = await (await scim.GetAsync($"{groups}?filter=displayName%20eq%20%22Engineering%22&startIndex=1&count=100")).ReadObjectAsync();
        Assert.Equal(0, (int)check["totalResults"]!);

        // Push (create) with Okta's description extension.
        var created = await scim.PostScim(groups, new JsonObject
        {
            ["schemas"] = new JsonArray(ScimWire.CoreV1, "urn:okta:custom:group:1.0"),
            ["displayName"] = "Engineering",
            ["urn:okta:custom:group:1.0"] = new JsonObject { ["description"] = "Builds things" },
        }, "v1");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var group = await created.ReadObjectAsync();
        var id = (string)group["id"]!;
        var groupUrl = $"{groups}/{id}";
        Assert.Equal("Builds things", (string)group["urn:okta:custom:group:1.0"]!["description"]!);
        Assert.NotNull(created.Headers.Location);

        // A second push of the same name in another case is a conflict; the filter finds it for linking.
        Assert.Equal(HttpStatusCode.Conflict, (await scim.PostScim(groups, new JsonObject { ["displayName"] = "ENGINEERING" }, "v1")).StatusCode);
        var linked = await (await scim.GetAsync($"{groups}?filter=displayName eq \"engineering\"")).ReadObjectAsync();
        Assert.Equal(id, (string)linked["Resources"]![0]!["id"]!);

        // Add members.
        Assert.Equal(HttpStatusCode.NoContent, (await scim.PatchScim(groupUrl, new JsonObject { ["schemas"] = new JsonArray(ScimWire.CoreV1), ["members"] = Members(users[0], users[1], users[2]) }, "v1")).StatusCode);
        Assert.Equal(new[] { users[0], users[1], users[2] }.Order(), await MemberIds(scim, groupUrl));

        // Remove one (and add another) in one list.
        var mixed = Members(users[3]);
        mixed.Add(new JsonObject { ["value"] = users[1], ["operation"] = "delete" });
        await scim.PatchScim(groupUrl, new JsonObject { ["schemas"] = new JsonArray(ScimWire.CoreV1), ["members"] = mixed }, "v1");
        Assert.Equal(new[] { users[0], users[2], users[3] }.Order(), await MemberIds(scim, groupUrl));

        // Full push replaces.
        await scim.PatchScim(groupUrl, new JsonObject { ["schemas"] = new JsonArray(ScimWire.CoreV1), ["meta"] = new JsonObject { ["attributes"] = new JsonArray("members") }, ["members"] = Members(users[1]) }, "v1");
        Assert.Equal(new[] { users[1] }, await MemberIds(scim, groupUrl));

        // Rename keeps members.
        await scim.PatchScim(groupUrl, new JsonObject { ["schemas"] = new JsonArray(ScimWire.CoreV1), ["id"] = id, ["displayName"] = "Platform Engineering" }, "v1");
        var renamed = await (await scim.GetAsync(groupUrl)).ReadObjectAsync();
        Assert.Equal("Platform Engineering", (string)renamed["displayName"]!);
        Assert.Equal(new[] { users[1] }, await MemberIds(scim, groupUrl));

        // Empty push.
        await scim.PatchScim(groupUrl, new JsonObject { ["schemas"] = new JsonArray(ScimWire.CoreV1), ["meta"] = new JsonObject { ["attributes"] = new JsonArray("members") } }, "v1");
        Assert.Empty(await MemberIds(scim, groupUrl));

        // Delete: the group goes, the users stay.
        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync(groupUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scim.GetAsync(groupUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scim.GetAsync($"{baseUrl}/Users/{users[1]}")).StatusCode);
    }

    [Fact]
    public async Task PushGroups_V2Sequence_AsOktaSendsIt()
    {
        var (scim, baseUrl, users, _) = await SetupAsync(factory, "v2");
        var groups = $"{baseUrl}/Groups";
        var created = await scim.PostScim(groups, new JsonObject { ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Group"), ["displayName"] = "Sales", ["members"] = new JsonArray() }, "v2");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)(await created.ReadObjectAsync())["id"]!;
        var groupUrl = $"{groups}/{id}";

        await scim.PatchScim(groupUrl, ScimWire.Patch(new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = Members(users[0], users[1]) }), "v2");
        // Adding again is idempotent.
        await scim.PatchScim(groupUrl, ScimWire.Patch(new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = Members(users[1], users[2]) }), "v2");
        Assert.Equal(new[] { users[0], users[1], users[2] }.Order(), await MemberIds(scim, groupUrl));

        // Remove one by filter, add another, in one request.
        await scim.PatchScim(groupUrl, ScimWire.Patch(
            new JsonObject { ["op"] = "remove", ["path"] = $"members[value eq \"{users[0]}\"]" },
            new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = Members(users[3]) }), "v2");
        Assert.Equal(new[] { users[1], users[2], users[3] }.Order(), await MemberIds(scim, groupUrl));

        // Full push.
        await scim.PatchScim(groupUrl, ScimWire.Patch(new JsonObject { ["op"] = "replace", ["path"] = "members", ["value"] = Members(users[0]) }), "v2");
        Assert.Equal(new[] { users[0] }, await MemberIds(scim, groupUrl));

        // Rename without path keeps members.
        var rename = await scim.PatchScim(groupUrl, ScimWire.Patch(new JsonObject { ["op"] = "replace", ["value"] = new JsonObject { ["id"] = id, ["displayName"] = "Sales EMEA" } }), "v2");
        Assert.Equal(HttpStatusCode.NoContent, rename.StatusCode);
        Assert.Equal(new[] { users[0] }, await MemberIds(scim, groupUrl));

        // Empty push.
        await scim.PatchScim(groupUrl, ScimWire.Patch(new JsonObject { ["op"] = "replace", ["path"] = "members", ["value"] = new JsonArray() }), "v2");
        Assert.Empty(await MemberIds(scim, groupUrl));

        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync(groupUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scim.GetAsync(groupUrl)).StatusCode);
    }

    [Fact]
    public async Task Patch_EntraRemoveWithValueAndCapitalisedOps_RemovesOnlyThose()
    {
        var (scim, baseUrl, users, _) = await SetupAsync(factory, "v2");
        var id = (string)(await (await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = "Entra", ["members"] = Members(users) }, "v2")).ReadObjectAsync())["id"]!;
        var groupUrl = $"{baseUrl}/Groups/{id}";

        await scim.PatchScim(groupUrl, ScimWire.Patch(new JsonObject { ["op"] = "Remove", ["path"] = "members", ["value"] = new JsonArray(new JsonObject { ["value"] = users[2] }) }), "v2");
        Assert.Equal(new[] { users[0], users[1], users[3] }.Order(), await MemberIds(scim, groupUrl));

        await scim.PatchScim(groupUrl, ScimWire.Patch(new JsonObject { ["op"] = "Remove", ["path"] = "members" }), "v2");
        Assert.Empty(await MemberIds(scim, groupUrl));
    }

    [Fact]
    public async Task Membership_SetOverV1_ReadsTheSameOverV2_AndOnTheUsers()
    {
        var (scim, v1Base, users, company) = await SetupAsync(factory, "v1", users: 2);
        var id = (string)(await (await scim.PostScim($"{v1Base}/Groups", new JsonObject { ["displayName"] = "Both", ["members"] = Members(users) }, "v1")).ReadObjectAsync())["id"]!;
        var v2Base = $"/scim/v2/{company.Key}";

        Assert.Equal(users.Order(), await MemberIds(scim, $"{v1Base}/Groups/{id}"));
        Assert.Equal(users.Order(), await MemberIds(scim, $"{v2Base}/Groups/{id}"));
        foreach (var version in new[] { v1Base, v2Base })
        {
            var user = await (await scim.GetAsync($"{version}/Users/{users[0]}")).ReadObjectAsync();
            Assert.Equal(id, (string)user["groups"]![0]!["value"]!);
            Assert.Equal("Both", (string)user["groups"]![0]!["display"]!);
        }

        var byMember = await (await scim.GetAsync($"{v2Base}/Groups?filter=members.value eq \"{users[1]}\"")).ReadObjectAsync();
        Assert.Equal(id, (string)byMember["Resources"]![0]!["id"]!);

        await scim.DeleteAsync($"{v2Base}/Groups/{id}");
        Assert.Empty((await (await scim.GetAsync($"{v2Base}/Users/{users[0]}")).ReadObjectAsync())["groups"]!.AsArray());
    }

    [Fact]
    public async Task Members_ThatAreNotUsersOfThisCompany_Are400AndNothingIsApplied()
    {
        var (scim, baseUrl, users, _) = await SetupAsync(factory, "v2", users: 2);
        var other = await SetupAsync(factory, "v2", users: 1);
        var id = (string)(await (await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = "Strict", ["members"] = Members(users[0]) }, "v2")).ReadObjectAsync())["id"]!;
        var groupUrl = $"{baseUrl}/Groups/{id}";

        var response = await scim.PatchScim(groupUrl, ScimWire.Patch(
            new JsonObject { ["op"] = "replace", ["value"] = new JsonObject { ["displayName"] = "Renamed" } },
            new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = Members(users[1], other.UserIds[0], "not-a-user") }), "v2");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.ReadObjectAsync();
        Assert.Equal("invalidValue", (string)error["scimType"]!);
        Assert.Contains(other.UserIds[0], (string)error["detail"]!);
        Assert.Contains("not-a-user", (string)error["detail"]!);
        Assert.Equal(new[] { users[0] }, await MemberIds(scim, groupUrl));
        Assert.Equal("Strict", (string)(await (await scim.GetAsync(groupUrl)).ReadObjectAsync())["displayName"]!);
        Assert.Equal(HttpStatusCode.BadRequest, (await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = "Bad", ["members"] = Members("nobody") }, "v2")).StatusCode);
    }

    [Fact]
    public Task ParallelMembershipPatches_LoseNoUpdate() => ParallelMembershipPatchesAsync(factory);

    /// <summary>The race of <see cref="ParallelMembershipPatches_LoseNoUpdate"/>, also run on other databases.</summary>
    internal static async Task ParallelMembershipPatchesAsync(PlatformApiFactory factory)
    {
        var (scim, baseUrl, users, _) = await SetupAsync(factory, "v2", users: 20);
        var id = (string)(await (await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = "Busy", ["members"] = Members(users[..10]) }, "v2")).ReadObjectAsync())["id"]!;
        var groupUrl = $"{baseUrl}/Groups/{id}";

        // Remove the first ten and add the last ten, one request each, all at once.
        var responses = await Task.WhenAll(
            users[..10].Select(u => scim.PatchScim(groupUrl, ScimWire.Patch(new JsonObject { ["op"] = "remove", ["path"] = $"members[value eq \"{u}\"]" }), "v2"))
            .Concat(users[10..].Select(u => scim.PatchScim(groupUrl, ScimWire.Patch(new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = Members(u) }), "v2"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        Assert.Equal(users[10..].Order(), await MemberIds(scim, groupUrl));
    }

    [Fact]
    public async Task Get_WithExcludedMembers_OmitsThem_AndPutReplacesEverything()
    {
        var (scim, baseUrl, users, _) = await SetupAsync(factory, "v2", users: 3);
        var id = (string)(await (await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = "Big", ["externalId"] = "okta-1", ["members"] = Members(users) }, "v2")).ReadObjectAsync())["id"]!;
        var groupUrl = $"{baseUrl}/Groups/{id}";

        var slim = await (await scim.GetAsync($"{groupUrl}?excludedAttributes=members")).ReadObjectAsync();
        Assert.Null(slim["members"]);
        Assert.Equal("Big", (string)slim["displayName"]!);
        var listed = await (await scim.GetAsync($"{baseUrl}/Groups?excludedAttributes=members&filter=externalId eq \"okta-1\"")).ReadObjectAsync();
        Assert.Null(listed["Resources"]![0]!["members"]);
        Assert.Equal(1, (int)listed["itemsPerPage"]!);
        var onlyName = await (await scim.GetAsync($"{groupUrl}?attributes=displayName")).ReadObjectAsync();
        Assert.Null(onlyName["members"]);
        Assert.Null(onlyName["meta"]);

        var put = await scim.PutScim(groupUrl, new JsonObject { ["displayName"] = "Bigger", ["members"] = Members(users[2]) }, "v2");
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var replaced = await put.ReadObjectAsync();
        Assert.Equal("Bigger", (string)replaced["displayName"]!);
        Assert.Null(replaced["externalId"]);
        Assert.Equal(new[] { users[2] }, await MemberIds(scim, groupUrl));
    }

    [Fact]
    public async Task PatchAndDelete_AreAuditedOncePerRequestWithCounts()
    {
        var (scim, baseUrl, users, company) = await SetupAsync(factory, "v2", users: 3);
        var id = (string)(await (await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = "Audited" }, "v2")).ReadObjectAsync())["id"]!;
        await scim.PatchScim($"{baseUrl}/Groups/{id}", ScimWire.Patch(new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = Members(users) }), "v2");
        await scim.DeleteAsync($"{baseUrl}/Groups/{id}");

        var admin = await factory.SignedInClientAsync(company);
        var audit = await (await admin.GetAsync($"/api/companies/{company.Key}/audit?action=group.")).Content.ReadAsStringAsync();

        Assert.Contains("group.created", audit);
        Assert.Contains("3 added, 0 removed", audit);
        Assert.Contains("group.deleted", audit);
    }

    [Theory]
    [InlineData("{\"op\":\"remove\",\"path\":\"displayName\"}", "mutability")]
    [InlineData("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"display\":\"no value\"}]}", "invalidValue")]
    [InlineData("{\"op\":\"remove\",\"path\":\"members[display eq \\\"x\\\"]\"}", "invalidFilter")]
    [InlineData("{\"op\":\"replace\",\"path\":\"owner\",\"value\":\"x\"}", "invalidPath")]
    [InlineData("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"\"}", "invalidValue")]
    public async Task Patch_Invalid_Is400WithTheRightScimType(string operation, string scimType)
    {
        var (scim, baseUrl, _, _) = await SetupAsync(factory, "v2", users: 0);
        var id = (string)(await (await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = "Target" }, "v2")).ReadObjectAsync())["id"]!;

        var response = await scim.PatchAsync($"{baseUrl}/Groups/{id}", ScimWire.Content($"{{\"schemas\":[\"{ScimWire.PatchOp}\"],\"Operations\":[{operation}]}}", "v2"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(scimType, (string)(await response.ReadObjectAsync())["scimType"]!);
    }

    [Theory]
    [InlineData("v1", "010101001010101011001010101011")]
    [InlineData("v2", "3fa85f64-5717-4562-b3fc-2c963f66afa6")]
    public async Task UnknownGroup_Is404ForEveryVerb(string version, string id)
    {
        var (scim, baseUrl, _, _) = await SetupAsync(factory, version, users: 0);
        var groupUrl = $"{baseUrl}/Groups/{id}";

        Assert.Equal(HttpStatusCode.NotFound, (await scim.GetAsync(groupUrl)).StatusCode);
        var rename = version == "v1"
            ? new JsonObject { ["displayName"] = "x" }
            : ScimWire.Patch(new JsonObject { ["op"] = "replace", ["value"] = new JsonObject { ["displayName"] = "x" } });
        Assert.Equal(HttpStatusCode.NotFound, (await scim.PatchScim(groupUrl, rename, version)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scim.PutScim(groupUrl, new JsonObject { ["displayName"] = "x" }, version)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scim.DeleteAsync(groupUrl)).StatusCode);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task List_WithMembers_GivesEachGroupExactlyItsMembers(string version)
    {
        var (scim, baseUrl, users, _) = await SetupAsync(factory, version, users: 4);
        var expected = new Dictionary<string, string[]>();
        foreach (var (name, members) in new[] { ("Empty", Array.Empty<string>()), ("Three", users[..3]), ("One", users[3..]), ("AlsoEmpty", Array.Empty<string>()), ("All", users) })
        {
            var id = (string)(await (await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = name, ["members"] = Members(members) }, version)).ReadObjectAsync())["id"]!;
            expected[id] = members.Order().ToArray();
        }

        var page = await (await scim.GetAsync($"{baseUrl}/Groups?startIndex=1&count=100")).ReadObjectAsync();

        Assert.Equal(5, (int)page["itemsPerPage"]!);
        foreach (var group in page["Resources"]!.AsArray())
        {
            var members = (group!["members"] as JsonArray ?? []).Select(m => (string)m!["value"]!).Order().ToArray();
            Assert.Equal(expected[(string)group["id"]!], members);
        }
    }
}
