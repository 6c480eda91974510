using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim.Filtering;

/// <summary>sortBy/sortOrder, cursor paging (RFC 9865) and POST /.search over HTTP on PostgreSQL.</summary>
public sealed class SortAndCursorTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task SortBy_OrdersWithoutCase_NullsLastAscending_AndReversesDescending(string version)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/{version}/{company.Key}/Users";
        await factory.CreateUserAsync(company.Id, "b@example.com", "bravo");
        await factory.CreateUserAsync(company.Id, "a@example.com", "Charlie");
        await factory.CreateUserAsync(company.Id, "c@example.com");
        await factory.CreateUserAsync(company.Id, "d@example.com", "Alpha");

        Assert.Equal(["d", "b", "a", "c"], await NamesAsync(scim, $"{users}?sortBy=displayName"));
        Assert.Equal(["c", "a", "b", "d"], await NamesAsync(scim, $"{users}?sortBy=displayName&sortOrder=descending"));
        Assert.Equal(["a", "b", "c", "d"], await NamesAsync(scim, $"{users}?sortBy=userName&sortOrder=ascending"));
        // None has an email: all tie, and ties go by id (creation order), reversed too.
        Assert.Equal(["d", "c", "a", "b"], await NamesAsync(scim, $"{users}?sortBy=emails&sortOrder=descending"));
        Assert.Equal(["b", "a"], await NamesAsync(scim, $"{users}?sortBy=displayName&startIndex=2&count=2"));
        Assert.Equal(["c", "a"], await NamesAsync(scim, $"{users}?sortBy=meta.created&sortOrder=descending&count=2&filter=userName+lt+%22d%22"));

        var invalid = await scim.GetAsync($"{users}?sortBy=nosuch");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task SortBy_Groups_ByDisplayName()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        foreach (var name in new[] { "beta", "Alpha", "gamma" }) await factory.CreateGroupAsync(company.Id, name, []);
        var body = await (await factory.ScimClient(token).GetAsync($"/scim/v2/{company.Key}/Groups?sortBy=displayName&sortOrder=descending")).ReadObjectAsync();
        Assert.Equal(["gamma", "beta", "Alpha"], body["Resources"]!.AsArray().Select(g => (string)g!["displayName"]!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("&sortBy=displayName&sortOrder=descending")]
    public async Task CursorWalk_WhileAnotherClientCreatesAndDeletes_SeesEverySurvivorExactlyOnce(string sort)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v2/{company.Key}/Users";
        var ids = new List<string>();
        for (var i = 0; i < 120; i++) ids.Add(await factory.CreateUserAsync(company.Id, $"walker{i:D3}@example.com", i % 7 == 0 ? null : $"Walker {i % 13:D2}"));
        var doomed = ids.Where((_, i) => i % 5 == 0).ToHashSet();
        var survivors = ids.Except(doomed).ToHashSet();

        using var stop = new CancellationTokenSource();
        var churn = Task.Run(async () =>
        {
            var other = factory.ScimClient(token);
            var n = 0;
            foreach (var id in doomed)
            {
                await other.DeleteAsync($"{users}/{id}");
                await other.PostScim(users, ScimWire.OktaUser("v2", $"newcomer{n++}@example.com"), "v2");
            }
        });

        var seen = new List<string>();
        var cursor = string.Empty;
        var pages = 0;
        do
        {
            var response = await scim.GetAsync($"{users}?count=7&cursor={Uri.EscapeDataString(cursor)}{sort}");
            var page = await response.ReadObjectAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, page.ToJsonString());
            Assert.Null(page["startIndex"]);
            if (pages == 0) Assert.NotNull(page["totalResults"]);
            seen.AddRange(page["Resources"]!.AsArray().Select(u => (string)u!["id"]!));
            cursor = (string?)page["nextCursor"];
            pages++;
        }
        while (cursor is not null && pages < 100);
        await churn;

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Empty(survivors.Except(seen));
    }

    [Fact]
    public async Task Cursor_FromAnotherFilterOrCompany_IsInvalid_AndGarbageToo()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var (other, otherToken) = await factory.CreateCompanyWithOktaAsync();
        for (var i = 0; i < 3; i++) await factory.CreateUserAsync(company.Id, $"c{i}@example.com");
        var scim = factory.ScimClient(token);
        var first = await (await scim.GetAsync($"/scim/v2/{company.Key}/Users?count=1&cursor=")).ReadObjectAsync();
        var next = (string)first["nextCursor"]!;

        foreach (var (client, url) in new[]
        {
            (scim, $"/scim/v2/{company.Key}/Users?count=1&filter=userName+pr&cursor={next}"),
            (factory.ScimClient(otherToken), $"/scim/v2/{other.Key}/Users?count=1&cursor={next}"),
            (scim, $"/scim/v2/{company.Key}/Users?count=1&cursor=not-a-cursor"),
        })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("invalidCursor", (string)(await response.ReadObjectAsync())["scimType"]!);
        }

        var second = await (await scim.GetAsync($"/scim/v2/{company.Key}/Users?count=1&cursor={next}")).ReadObjectAsync();
        Assert.Single(second["Resources"]!.AsArray());
        Assert.Null(second["totalResults"]);
    }

    [Fact]
    public async Task Cursor_OlderThanTheTimeout_IsExpired()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        for (var i = 0; i < 2; i++) await factory.CreateUserAsync(company.Id, $"e{i}@example.com");
        var scim = factory.ScimClient(token);
        var next = (string)(await (await scim.GetAsync($"/scim/v2/{company.Key}/Users?count=1&cursor=")).ReadObjectAsync())["nextCursor"]!;

        // The cursor as issued two hours ago (it is opaque to clients, not to this test).
        var payload = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(next))!.AsObject();
        payload["t"] = (long)payload["t"]! - 7200;
        var old = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(payload.ToJsonString()));

        var response = await scim.GetAsync($"/scim/v2/{company.Key}/Users?count=1&cursor={old}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("expiredCursor", (string)(await response.ReadObjectAsync())["scimType"]!);
    }

    [Fact]
    public async Task Search_OnUsersGroupsAndRoot_AnswersAsGetDoes()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var root = $"/scim/v2/{company.Key}";
        var ada = await factory.CreateUserAsync(company.Id, "ada@example.com", "Ada");
        await factory.CreateUserAsync(company.Id, "bob@example.com", "Bob");
        await factory.CreateGroupAsync(company.Id, "Admins", [ada]);

        JsonObject Search(JsonObject body)
        {
            body["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:SearchRequest");
            return body;
        }

        var users = await (await scim.PostScim($"{root}/Users/.search", Search(new JsonObject { ["filter"] = "displayName sw \"a\"", ["sortBy"] = "userName" }), "v2")).ReadObjectAsync();
        Assert.Equal(["ada@example.com"], users["Resources"]!.AsArray().Select(u => (string)u!["userName"]!));

        var groups = await (await scim.PostScim($"{root}/Groups/.search", Search(new JsonObject { ["filter"] = $"members[value eq \"{ada}\"]", ["excludedAttributes"] = new JsonArray("members") }), "v2")).ReadObjectAsync();
        Assert.Equal(["Admins"], groups["Resources"]!.AsArray().Select(g => (string)g!["displayName"]!));
        Assert.Null(groups["Resources"]![0]!["members"]);

        var both = await (await scim.PostScim($"{root}/.search", Search(new JsonObject { ["filter"] = "displayName pr", ["startIndex"] = 2, ["count"] = 5 }), "v2")).ReadObjectAsync();
        Assert.Equal(3, (int)both["totalResults"]!);
        Assert.Equal(["Bob", "Admins"], both["Resources"]!.AsArray().Select(r => (string)r!["displayName"]!));

        var wrongSchema = await scim.PostScim($"{root}/Users/.search", new JsonObject { ["filter"] = "userName pr" }, "v2");
        Assert.Equal(HttpStatusCode.BadRequest, wrongSchema.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scim.PostScim($"/scim/v1/{company.Key}/Users/.search", Search(new JsonObject()), "v1")).StatusCode);
    }

    private static async Task<string[]> NamesAsync(HttpClient scim, string url)
    {
        var response = await scim.GetAsync(url);
        var body = await response.ReadObjectAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return body["Resources"]!.AsArray().Select(u => ((string)u!["userName"]!).Split('@')[0]).ToArray();
    }
}
