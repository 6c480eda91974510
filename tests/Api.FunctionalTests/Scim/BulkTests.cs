using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>/Bulk (RFC 7644 §3.7, SCIM 1.1 §3.7): bulkId references in any order, per-operation outcomes, limits.</summary>
public sealed class BulkTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    public const string BulkRequest = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

    private sealed record Setup(HttpClient Scim, string Base, TestCompany Company);

    private async Task<Setup> SetupAsync(string version = "v2")
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        return new Setup(factory.ScimClient(token), $"/scim/{version}/{company.Key}", company);
    }

    private static JsonObject Bulk(string version, params JsonObject[] operations) => Bulk(version, null, operations);

    private static JsonObject Bulk(string version, int? failOnErrors, params JsonObject[] operations)
    {
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray(version == "v1" ? ScimWire.CoreV1 : BulkRequest),
            ["Operations"] = new JsonArray([.. operations]),
        };
        if (failOnErrors is { } limit) body["failOnErrors"] = limit;
        return body;
    }

    private static JsonObject Op(string method, string path, string? bulkId = null, JsonObject? data = null, string? version = null)
    {
        var op = new JsonObject { ["method"] = method, ["path"] = path };
        if (bulkId is not null) op["bulkId"] = bulkId;
        if (version is not null) op["version"] = version;
        if (data is not null) op["data"] = data;
        return op;
    }

    private static JsonObject CreateUser(string version, string bulkId, string userName) => Op("POST", "/Users", bulkId, ScimWire.OktaUser(version, userName));

    private static JsonObject Group(string version, string name, params string[] memberValues) => new()
    {
        ["schemas"] = new JsonArray(version == "v1" ? ScimWire.CoreV1 : "urn:ietf:params:scim:schemas:core:2.0:Group"),
        ["displayName"] = name,
        ["members"] = new JsonArray([.. memberValues.Select(v => (JsonNode)new JsonObject { ["value"] = v })]),
    };

    private static async Task<JsonArray> PostBulkAsync(Setup setup, JsonObject body, string version = "v2")
    {
        var response = await setup.Scim.PostScim($"{setup.Base}/Bulk", body, version);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.ReadObjectAsync();
        Assert.Equal(version == "v1" ? ScimWire.CoreV1 : "urn:ietf:params:scim:api:messages:2.0:BulkResponse", (string)answer["schemas"]![0]!);
        return answer["Operations"]!.AsArray();
    }

    private static string Status(JsonNode? operation, string version = "v2") =>
        version == "v1" ? (string)operation!["status"]!["code"]! : (string)operation!["status"]!;

    private static string IdOf(JsonNode? operation) => ((string)operation!["location"]!).Split('/')[^1];

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task Bulk_UsersAndAGroupReferringToThemByBulkId_CreatesAllAndLinksTheMembers(string version)
    {
        var setup = await SetupAsync(version);

        var operations = await PostBulkAsync(setup, Bulk(
            version,
            CreateUser(version, "ada", "ada@example.com"),
            CreateUser(version, "grace", "grace@example.com"),
            Op("POST", "/Groups", "eng", Group(version, "Engineering", "bulkId:ada", "bulkId:grace"))), version);

        Assert.Equal(["201", "201", "201"], operations.Select(o => Status(o, version)));
        Assert.Equal(["ada", "grace", "eng"], operations.Select(o => (string)o!["bulkId"]!));
        Assert.All(operations, o => Assert.StartsWith($"{PlatformApiFactory.PublicBase}{setup.Base}/", (string)o!["location"]!));
        Assert.All(operations, o => Assert.StartsWith("W/\"", (string)o!["version"]!));
        var group = await (await setup.Scim.GetAsync($"{setup.Base}/Groups/{IdOf(operations[2])}")).ReadObjectAsync();
        Assert.Equal(new[] { IdOf(operations[0]), IdOf(operations[1]) }.Order(), group["members"]!.AsArray().Select(m => (string)m!["value"]!).Order());
    }

    [Fact]
    public async Task Bulk_ForwardReference_RunsTheDeclaringPostFirst()
    {
        var setup = await SetupAsync();

        var operations = await PostBulkAsync(setup, Bulk(
            "v2",
            Op("POST", "/Groups", "team", Group("v2", "Team", "bulkId:later")),
            Op("PATCH", "/Users/bulkId:later", data: ScimWire.Patch(new JsonObject { ["op"] = "replace", ["path"] = "title", ["value"] = "Lead" })),
            CreateUser("v2", "later", "later@example.com")));

        Assert.Equal(["201", "200", "201"], operations.Select(o => Status(o)));
        var userId = IdOf(operations[2]);
        Assert.EndsWith($"/Users/{userId}", (string)operations[1]!["location"]!);
        var group = await (await setup.Scim.GetAsync($"{setup.Base}/Groups/{IdOf(operations[0])}")).ReadObjectAsync();
        Assert.Equal(userId, (string)group["members"]![0]!["value"]!);
        Assert.Equal("Lead", (string)(await (await setup.Scim.GetAsync($"{setup.Base}/Users/{userId}")).ReadObjectAsync())["title"]!);
    }

    [Fact]
    public async Task Bulk_CircularReference_FailsThoseOperationsWith409AndRunsTheOthers()
    {
        var setup = await SetupAsync();
        var first = ScimWire.OktaUser("v2", "circle1@example.com");
        first["title"] = "bulkId:two";
        var second = ScimWire.OktaUser("v2", "circle2@example.com");
        second["title"] = "bulkId:one";

        var operations = await PostBulkAsync(setup, Bulk(
            "v2",
            Op("POST", "/Users", "one", first),
            Op("POST", "/Users", "two", second),
            Op("POST", "/Groups", "self", Group("v2", "Self", "bulkId:self")),
            CreateUser("v2", "free", "free@example.com")));

        Assert.Equal(["409", "409", "409", "201"], operations.Select(o => Status(o)));
        Assert.All(operations.Take(3), o => Assert.Equal("invalidValue", (string)o!["response"]!["scimType"]!));
        Assert.All(operations.Take(3), o => Assert.Null(o!["location"]));
        var users = await (await setup.Scim.GetAsync($"{setup.Base}/Users")).ReadObjectAsync();
        Assert.Equal(1, (int)users["totalResults"]!);
    }

    [Fact]
    public async Task Bulk_UnknownBulkId_Is409ForThatOperationOnly()
    {
        var setup = await SetupAsync();

        var operations = await PostBulkAsync(setup, Bulk(
            "v2",
            Op("POST", "/Groups", "g", Group("v2", "Ghosts", "bulkId:nobody")),
            CreateUser("v2", "real", "real@example.com")));

        Assert.Equal(["409", "201"], operations.Select(o => Status(o)));
    }

    [Fact]
    public async Task Bulk_FailOnErrorsOne_StopsAfterTheFirstFailure()
    {
        var setup = await SetupAsync();

        var operations = await PostBulkAsync(setup, Bulk(
            "v2",
            1,
            CreateUser("v2", "a", "first@example.com"),
            Op("DELETE", $"/Users/{Guid.NewGuid()}"),
            CreateUser("v2", "b", "never@example.com")));

        Assert.Equal(["201", "404"], operations.Select(o => Status(o)));
        var never = await (await setup.Scim.GetAsync($"{setup.Base}/Users?filter=userName eq \"never@example.com\"")).ReadObjectAsync();
        Assert.Equal(0, (int)never["totalResults"]!);
    }

    [Fact]
    public async Task Bulk_WithoutFailOnErrors_RunsEveryOperationDespiteFailures()
    {
        var setup = await SetupAsync();

        var operations = await PostBulkAsync(setup, Bulk(
            "v2",
            Op("DELETE", $"/Users/{Guid.NewGuid()}"),
            Op("DELETE", $"/Groups/{Guid.NewGuid()}"),
            CreateUser("v2", "b", "after@example.com")));

        Assert.Equal(["404", "404", "201"], operations.Select(o => Status(o)));
    }

    [Fact]
    public async Task Bulk_MoreThanMaxOperations_Is413NamingTheLimit()
    {
        var setup = await SetupAsync();
        var operations = Enumerable.Range(0, 1001).Select(i => Op("DELETE", $"/Users/u{i}")).ToArray();

        var response = await setup.Scim.PostScim($"{setup.Base}/Bulk", Bulk("v2", operations), "v2");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = await response.ReadObjectAsync();
        Assert.Equal("413", (string)error["status"]!);
        Assert.Contains("maxOperations (1000)", (string)error["detail"]!);
    }

    [Fact]
    public async Task Bulk_BodyLargerThanMaxPayloadSize_Is413WithOrWithoutContentLength()
    {
        var setup = await SetupAsync();
        var user = ScimWire.OktaUser("v2", "big@example.com");
        user["title"] = new string('x', 1024 * 1024);
        var body = Bulk("v2", Op("POST", "/Users", "big", user)).ToJsonString();

        var declared = await setup.Scim.PostAsync($"{setup.Base}/Bulk", ScimWire.Content(body, "v2"));
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        chunked.Headers.ContentType = new("application/scim+json");
        var streamed = await setup.Scim.PostAsync($"{setup.Base}/Bulk", chunked);

        foreach (var response in new[] { declared, streamed })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains("maxPayloadSize (1048576 bytes)", (string)(await response.ReadObjectAsync())["detail"]!);
        }

        var users = await (await setup.Scim.GetAsync($"{setup.Base}/Users")).ReadObjectAsync();
        Assert.Equal(0, (int)users["totalResults"]!);
    }

    [Theory]
    [InlineData("not json", "invalidSyntax")]
    [InlineData("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"]}", "invalidSyntax")]
    [InlineData("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[]}", "invalidSyntax")]
    [InlineData("{\"Operations\":[],\"failOnErrors\":0}", "invalidValue")]
    public async Task Bulk_UnusableBody_Is400(string body, string scimType)
    {
        var setup = await SetupAsync();

        var response = await setup.Scim.PostAsync($"{setup.Base}/Bulk", ScimWire.Content(body, "v2"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(scimType, (string)(await response.ReadObjectAsync())["scimType"]!);
    }

    [Fact]
    public async Task Bulk_BadOperations_Are400EachAndTheOthersRun()
    {
        var setup = await SetupAsync();

        var operations = await PostBulkAsync(setup, Bulk(
            "v2",
            Op("GET", "/Users"),
            Op("POST", "/Widgets", "w", new JsonObject()),
            Op("POST", "/Users", data: ScimWire.OktaUser("v2", "nobulkid@example.com")),
            Op("PUT", "/Users", data: ScimWire.OktaUser("v2", "noid@example.com")),
            Op("PATCH", "/Users/x"),
            CreateUser("v2", "dup", "dup1@example.com"),
            CreateUser("v2", "dup", "dup2@example.com"),
            Op("POST", "/Users", "nouser", new JsonObject { ["displayName"] = "No userName" }),
            CreateUser("v2", "ok", "ok@example.com")));

        Assert.Equal(["400", "400", "400", "400", "400", "201", "400", "400", "201"], operations.Select(o => Status(o)));
        Assert.All(operations.Where(o => Status(o) == "400"), o => Assert.Equal("400", (string)o!["response"]!["status"]!));
    }

    [Fact]
    public async Task Bulk_PatchPutAndDelete_ApplyToExistingResources()
    {
        var setup = await SetupAsync();
        var users = $"{setup.Base}/Users";
        var ada = (string)(await (await setup.Scim.PostScim(users, ScimWire.OktaUser("v2", "ada@example.com"), "v2")).ReadObjectAsync())["id"]!;
        var bob = (string)(await (await setup.Scim.PostScim(users, ScimWire.OktaUser("v2", "bob@example.com"), "v2")).ReadObjectAsync())["id"]!;
        var group = (string)(await (await setup.Scim.PostScim($"{setup.Base}/Groups", Group("v2", "Ops", ada), "v2")).ReadObjectAsync())["id"]!;
        var replaced = ScimWire.OktaUser("v2", "bob@example.com", "Robert");

        var operations = await PostBulkAsync(setup, Bulk(
            "v2",
            Op("PATCH", $"/Users/{ada}", data: ScimWire.Deactivate("v2", ada)),
            Op("PUT", $"/Users/{bob}", data: replaced),
            Op("PATCH", $"/Groups/{group}", data: ScimWire.Patch(new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = new JsonArray(new JsonObject { ["value"] = bob }) })),
            Op("DELETE", $"/Groups/{group}")));

        Assert.Equal(["200", "200", "204", "204"], operations.Select(o => Status(o)));
        Assert.Equal($"{PlatformApiFactory.PublicBase}{setup.Base}/Users/{ada}", (string)operations[0]!["location"]!);
        Assert.False((bool)(await (await setup.Scim.GetAsync($"{users}/{ada}")).ReadObjectAsync())["active"]!);
        Assert.Equal("Robert", (string)(await (await setup.Scim.GetAsync($"{users}/{bob}")).ReadObjectAsync())["name"]!["givenName"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await setup.Scim.GetAsync($"{setup.Base}/Groups/{group}")).StatusCode);
    }

    [Fact]
    public async Task Bulk_StaleVersion_Is412ForThatOperationOnly()
    {
        var setup = await SetupAsync();
        var users = $"{setup.Base}/Users";
        var created = await setup.Scim.PostScim(users, ScimWire.OktaUser("v2", "versioned@example.com"), "v2");
        var id = (string)(await created.ReadObjectAsync())["id"]!;
        var current = created.Headers.ETag!.ToString();
        var title = (string value) => ScimWire.Patch(new JsonObject { ["op"] = "replace", ["path"] = "title", ["value"] = value });

        var operations = await PostBulkAsync(setup, Bulk(
            "v2",
            Op("PATCH", $"/Users/{id}", data: title("Stale"), version: "W/\"999\""),
            Op("PATCH", $"/Users/{id}", data: title("Fresh"), version: current)));

        Assert.Equal(["412", "200"], operations.Select(o => Status(o)));
        Assert.NotEqual(current, (string)operations[1]!["version"]!);
        Assert.Equal("Fresh", (string)(await (await setup.Scim.GetAsync($"{users}/{id}")).ReadObjectAsync())["title"]!);
    }

    [Fact]
    public async Task Bulk_DuplicateUserName_Is409ForThatOperationOnly()
    {
        var setup = await SetupAsync();
        await setup.Scim.PostScim($"{setup.Base}/Users", ScimWire.OktaUser("v2", "taken@example.com"), "v2");

        var operations = await PostBulkAsync(setup, Bulk(
            "v2",
            CreateUser("v2", "a", "TAKEN@example.com"),
            CreateUser("v2", "b", "fresh@example.com")));

        Assert.Equal(["409", "201"], operations.Select(o => Status(o)));
        Assert.Equal("uniqueness", (string)operations[0]!["response"]!["scimType"]!);
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", (string)operations[0]!["response"]!["schemas"]![0]!);
        Assert.Null(operations[0]!["location"]);
    }

    [Fact]
    public async Task Bulk_V1Failure_IsACodeAndDescription()
    {
        var setup = await SetupAsync("v1");

        var operations = await PostBulkAsync(setup, Bulk("v1", Op("DELETE", $"/Users/{Guid.NewGuid()}")), "v1");

        var status = operations[0]!["status"]!;
        Assert.Equal("404", (string)status["code"]!);
        Assert.False(string.IsNullOrEmpty((string?)status["description"]));
    }

    [Fact]
    public async Task Bulk_EachOperation_IsAuditedWithTheBulkRequestsId()
    {
        var setup = await SetupAsync();

        var response = await setup.Scim.PostScim($"{setup.Base}/Bulk", Bulk(
            "v2",
            CreateUser("v2", "a", "audit1@example.com"),
            CreateUser("v2", "b", "audit2@example.com"),
            Op("POST", "/Groups", "g", Group("v2", "Audited", "bulkId:a")),
            Op("DELETE", "/Users/bulkId:b")), "v2");

        var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        var admin = await factory.SignedInClientAsync(setup.Company);
        var entries = (await (await admin.GetAsync($"/api/companies/{setup.Company.Key}/audit")).ReadObjectAsync())["entries"]!.AsArray();
        var actions = entries.Where(e => (string?)e!["requestId"] == requestId).Select(e => (string)e!["action"]!).Order().ToArray();
        Assert.Equal(["group.created", "user.created", "user.created", "user.deleted"], actions.Where(a => a != "group.members_changed"));
    }
}
