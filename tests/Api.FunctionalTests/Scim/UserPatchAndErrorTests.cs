using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>Entra's PATCH dialect, the filters clients send, and every way a request can be wrong.</summary>
public sealed class UserPatchAndErrorTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    private async Task<(HttpClient Scim, string Users, string Id)> UserAsync(string version = "v2", string userName = "pat@example.com")
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient($"Bearer {token}");
        var users = $"/scim/{version}/{company.Key}/Users";
        var created = await (await scim.PostScim(users, ScimWire.OktaUser(version, userName), version)).ReadObjectAsync();
        return (scim, users, (string)created["id"]!);
    }

    [Fact]
    public async Task Patch_EntraDialect_CapitalisedOpsStringBooleansAndPaths_Apply()
    {
        var (scim, users, id) = await UserAsync();

        var response = await scim.PatchScim($"{users}/{id}", ScimWire.Patch(
            new JsonObject { ["op"] = "Replace", ["path"] = "active", ["value"] = "False" },
            new JsonObject { ["op"] = "Add", ["path"] = "emails[type eq \"work\"].value", ["value"] = "new.work@example.com" },
            new JsonObject { ["op"] = "Add", ["path"] = "emails[type eq \"home\"].value", ["value"] = "home@example.com" },
            new JsonObject { ["op"] = "Replace", ["path"] = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", ["value"] = "Finance" },
            new JsonObject { ["op"] = "Add", ["path"] = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager", ["value"] = "mgr-7" },
            new JsonObject { ["op"] = "Replace", ["value"] = new JsonObject { ["name.givenName"] = "Augusta", ["title"] = "Countess" } },
            new JsonObject { ["op"] = "Remove", ["path"] = "locale" }), "v2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = await response.ReadObjectAsync();
        Assert.False((bool)user["active"]!);
        var emails = user["emails"]!.AsArray();
        Assert.Equal("new.work@example.com", (string)emails.Single(e => (string)e!["type"]! == "work")!["value"]!);
        Assert.Equal("home@example.com", (string)emails.Single(e => (string)e!["type"]! == "home")!["value"]!);
        Assert.Equal("Finance", (string)user[ScimWire.EnterpriseV2]!["department"]!);
        Assert.Equal("mgr-7", (string)user[ScimWire.EnterpriseV2]!["manager"]!["value"]!);
        Assert.Equal("Augusta", (string)user["name"]!["givenName"]!);
        Assert.Equal("Lovelace", (string)user["name"]!["familyName"]!);
        Assert.Equal("Countess", (string)user["title"]!);
        Assert.Null(user["locale"]);
    }

    [Fact]
    public async Task Patch_PathlessActiveFalse_DeactivatesUser_AndKeepsEverythingElse()
    {
        var (scim, users, id) = await UserAsync();

        var user = await (await scim.PatchScim($"{users}/{id}", ScimWire.Deactivate("v2", id), "v2")).ReadObjectAsync();

        Assert.False((bool)user["active"]!);
        Assert.Equal("Ada", (string)user["name"]!["givenName"]!);
        Assert.Single(user["emails"]!.AsArray());
    }

    [Fact]
    public async Task Patch_V1PartialResource_MetaAttributesClearAndDeleteOperationRemoves()
    {
        var (scim, users, id) = await UserAsync("v1");
        await scim.PatchScim($"{users}/{id}", new JsonObject
        {
            ["schemas"] = new JsonArray(ScimWire.CoreV1),
            ["emails"] = new JsonArray(new JsonObject { ["value"] = "second@example.com", ["type"] = "home" }),
            ["title"] = "Engineer",
        }, "v1");

        var response = await scim.PatchScim($"{users}/{id}", new JsonObject
        {
            ["schemas"] = new JsonArray(ScimWire.CoreV1),
            ["meta"] = new JsonObject { ["attributes"] = new JsonArray("title") },
            ["emails"] = new JsonArray(new JsonObject { ["value"] = "second@example.com", ["operation"] = "delete" }),
            ["nickName"] = "Ada",
        }, "v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = await response.ReadObjectAsync();
        Assert.Null(user["title"]);
        Assert.Equal("Ada", (string)user["nickName"]!);
        Assert.Equal("pat@example.com", (string)user["emails"]!.AsArray().Single()!["value"]!);
    }

    [Theory]
    [InlineData("{\"op\":\"replace\",\"path\":\"nosuchattribute\",\"value\":\"x\"}", "invalidPath")]
    [InlineData("{\"op\":\"replace\",\"path\":\"name.nosuch\",\"value\":\"x\"}", "invalidPath")]
    [InlineData("{\"op\":\"replace\",\"path\":\"emails[type eq \",\"value\":\"x\"}", "invalidPath")]
    [InlineData("{\"op\":\"remove\",\"path\":\"userName\"}", "invalidValue")]
    [InlineData("{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"\"}", "invalidValue")]
    [InlineData("{\"op\":\"replace\",\"path\":\"active\",\"value\":\"maybe\"}", "invalidValue")]
    [InlineData("{\"op\":\"replace\",\"path\":\"name\",\"value\":42}", "invalidValue")]
    [InlineData("{\"op\":\"move\",\"path\":\"title\",\"value\":\"x\"}", "invalidSyntax")]
    [InlineData("{\"op\":\"remove\"}", "noTarget")]
    [InlineData("{\"op\":\"remove\",\"path\":\"active\"}", "mutability")]
    public async Task Patch_Invalid_Is400WithTheRightScimType_AndChangesNothing(string operation, string scimType)
    {
        var (scim, users, id) = await UserAsync();
        var before = await (await scim.GetAsync($"{users}/{id}")).Content.ReadAsStringAsync();

        var response = await scim.PatchAsync($"{users}/{id}", ScimWire.Content($"{{\"schemas\":[\"{ScimWire.PatchOp}\"],\"Operations\":[{{\"op\":\"replace\",\"path\":\"title\",\"value\":\"changed\"}},{operation}]}}", "v2"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(scimType, (string)(await response.ReadObjectAsync())["scimType"]!);
        Assert.Equal(before, await (await scim.GetAsync($"{users}/{id}")).Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("v1", "{\"userName\": ")]
    [InlineData("v2", "not json at all")]
    [InlineData("v2", "[1,2,3]")]
    [InlineData("v2", "")]
    [InlineData("v2", "{\"userName\":\"a@b.c\",\"userName\":\"d@e.f\"}")]
    public async Task Create_MalformedJson_Is400InvalidSyntax_AndWritesNothing(string version, string body)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);

        var response = await scim.PostAsync($"/scim/{version}/{company.Key}/Users", ScimWire.Content(body, version));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.ReadObjectAsync();
        if (version == "v2") Assert.Equal("invalidSyntax", (string)error["scimType"]!);
        else Assert.Equal(400, (int)error["Errors"]![0]!["code"]!);
        Assert.Equal(0, (int)(await (await scim.GetAsync($"/scim/{version}/{company.Key}/Users?count=0")).ReadObjectAsync())["totalResults"]!);
    }

    [Theory]
    [InlineData("{\"userName\":\"\"}")]
    [InlineData("{\"userName\":\"   \"}")]
    [InlineData("{\"name\":{\"givenName\":\"No\"}}")]
    [InlineData("{\"userName\":42.5e9999}")]
    [InlineData("{\"userName\":{\"nested\":true}}")]
    [InlineData("{\"userName\":\"x@y.z\",\"active\":\"sometimes\"}")]
    [InlineData("{\"userName\":\"x@y.z\",\"emails\":\"x@y.z\"}")]
    [InlineData("{\"userName\":\"x@y.z\",\"name\":\"Ada\"}")]
    public async Task Create_InvalidValues_Is400_NeverA500(string body)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);

        var response = await scim.PostAsync($"/scim/v2/{company.Key}/Users", ScimWire.Content(body, "v2"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((string?)(await response.ReadObjectAsync())["detail"]));
        Assert.Equal(HttpStatusCode.OK, (await scim.GetAsync($"/scim/v2/{company.Key}/Users")).StatusCode);
    }

    [Fact]
    public async Task Create_HugeBody_Is413_AndTheServerKeepsServing()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var body = ScimWire.OktaUser("v2", "big@example.com");
        body["title"] = new string('x', 2 * 1024 * 1024);

        var response = await scim.PostScim($"/scim/v2/{company.Key}/Users", body, "v2");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("413", (string)(await response.ReadObjectAsync())["status"]!);
        Assert.Equal(HttpStatusCode.Created, (await scim.PostScim($"/scim/v2/{company.Key}/Users", ScimWire.OktaUser("v2", "small@example.com"), "v2")).StatusCode);
    }

    [Theory]
    [InlineData("userName eq \"pat@example.com\"", 1)]
    [InlineData("USERNAME EQ \"PAT@EXAMPLE.COM\"", 1)]
    [InlineData("emails.value eq \"pat@example.com\"", 1)]
    [InlineData("emails eq \"PAT@example.com\"", 1)]
    [InlineData("emails[value eq \"pat@example.com\"]", 1)]
    [InlineData("displayName eq \"ada lovelace\"", 1)]
    [InlineData("active eq true", 1)]
    [InlineData("active eq false", 0)]
    [InlineData("userName eq \"pat@example.com\" and active eq true", 1)]
    [InlineData("userName eq \"someone.else@example.com\"", 0)]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"pat@example.com\"", 1)]
    public async Task List_SupportedFilters_FindTheUser(string filter, int expected)
    {
        var (scim, users, _) = await UserAsync();

        var response = await scim.GetAsync($"{users}?filter={Uri.EscapeDataString(filter)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, (int)(await response.ReadObjectAsync())["totalResults"]!);
    }

    [Fact]
    public async Task List_FilterByExternalIdAndId_FindTheUser()
    {
        var (scim, users, id) = await UserAsync();
        var user = await (await scim.GetAsync($"{users}/{id}")).ReadObjectAsync();

        var byExternalId = await (await scim.GetAsync($"{users}?filter=externalId eq \"{(string)user["externalId"]!}\"")).ReadObjectAsync();
        var byId = await (await scim.GetAsync($"{users}?filter=id eq \"{id}\"")).ReadObjectAsync();

        Assert.Equal(id, (string)byExternalId["Resources"]![0]!["id"]!);
        Assert.Equal(id, (string)byId["Resources"]![0]!["id"]!);
    }

    [Theory]
    [InlineData("v1", "PAT@EXAMPLE.COM")]
    [InlineData("v2", "userName")]
    [InlineData("v2", "userName eq")]
    [InlineData("v2", "nosuch co \"pat\"")]
    [InlineData("v2", "userName eq \"a\" or")]
    [InlineData("v2", "title gt true")]
    [InlineData("v2", "not userName eq \"x\"")]
    [InlineData("v2", "password eq \"x\"")]
    [InlineData("v2", "userName eq \"unterminated")]
    [InlineData("v1", "active eq \"perhaps\"")]
    [InlineData("v2", "((((((((((((((((((((((((((((((((((((((((userName eq \"x\"))))))))))))))))))))))))))))))))))))))))")]
    public async Task List_UnsupportedOrUnparseableFilter_Is400InvalidFilter(string version, string filter)
    {
        var (scim, users, _) = await UserAsync(version);

        var response = await scim.GetAsync($"{users}?filter={Uri.EscapeDataString(filter)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadObjectAsync();
        if (version == "v2") Assert.Equal("invalidFilter", (string)body["scimType"]!);
        else Assert.Equal(400, (int)body["Errors"]![0]!["code"]!);
    }

    [Theory]
    [InlineData("startIndex=abc")]
    [InlineData("count=1.5")]
    public async Task List_NonNumericPaging_Is400(string query)
    {
        var (scim, users, _) = await UserAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await scim.GetAsync($"{users}?{query}")).StatusCode);
    }

    [Fact]
    public async Task Users_OfAnotherCompany_AreInvisibleAndUntouchable()
    {
        var (scim, users, id) = await UserAsync();
        var (other, otherToken) = await factory.CreateCompanyWithOktaAsync();
        var intruder = factory.ScimClient(otherToken);
        var otherUsers = $"/scim/v2/{other.Key}/Users";

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"{otherUsers}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PatchScim($"{otherUsers}/{id}", ScimWire.Deactivate("v2", id), "v2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.DeleteAsync($"{otherUsers}/{id}")).StatusCode);
        Assert.Equal(0, (int)(await (await intruder.GetAsync($"{otherUsers}?filter=userName eq \"pat@example.com\"")).ReadObjectAsync())["totalResults"]!);
        Assert.True((bool)(await (await scim.GetAsync($"{users}/{id}")).ReadObjectAsync())["active"]!);
    }
}
