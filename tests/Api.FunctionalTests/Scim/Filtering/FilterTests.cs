using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim.Filtering;

/// <summary>The whole filter grammar over HTTP, in both versions, on PostgreSQL.</summary>
public sealed class FilterTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    private const string Custom = "urn:example:params:scim:schemas:extension:acme:1.0:User";

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task Filters_SelectTheUsersTheySay(string version)
    {
        var (users, ids) = await SeedAsync(version);
        async Task<string[]> Find(string filter) => await FindAsync(users, filter);

        Assert.Equal(["ada"], await Find("userName eq \"ADA@example.com\""));
        Assert.Equal(["ada", "bob"], await Find("userName sw \"a\" or userName sw \"B\""));
        Assert.Equal(["ada", "bob", "cy"], await Find("userName ew \"@EXAMPLE.com\""));
        Assert.Equal(["bob"], await Find("title co \"_\""));
        Assert.Equal(["cy"], await Find("title co \"%\""));
        Assert.Equal(["bob", "cy"], await Find("title pr"));
        Assert.Equal(["ada"], await Find("not (title pr)"));
        Assert.Equal(["ada", "cy"], await Find("title ne \"Under_score\""));
        Assert.Equal(["ada"], await Find("title eq null"));
        Assert.Equal(["bob"], await Find("emails[type eq \"work\" and value co \"@work.example\"]"));
        Assert.Equal(["ada", "bob"], await Find("emails[type eq \"home\"]"));
        Assert.Equal(["bob"], await Find("emails.value eq \"BOB@work.example\""));
        Assert.Equal(["bob"], await Find("emails eq \"bob@work.example\""));
        Assert.Equal(["bob"], await Find("emails[value eq \"bob@work.example\"]"));
        Assert.Empty(await Find("emails.value eq \"\""));
        Assert.Equal(["ada", "bob", "cy"], await Find("emails.value ne \"\""));
        Assert.Equal(["cy"], await Find("active eq false"));
        Assert.Equal(["ada", "bob"], await Find("active ne false and (name.givenName gt \"A\")"));
        Assert.Equal(["bob"], await Find("name.givenName ge \"B\" and name.givenName lt \"C\""));
        Assert.Equal(["cy"], await Find($"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"SALES\""));
        Assert.Equal(["cy"], await Find("urn:scim:schemas:extension:enterprise:1.0:department sw \"sal\""));
        Assert.Equal(["ada"], await Find($"id eq \"{ids["ada"]}\""));
        Assert.Equal(["ada", "bob", "cy"], await Find("meta.lastModified gt \"2000-01-01T00:00:00Z\""));
        Assert.Empty(await Find("meta.created lt \"2000-01-01T00:00:00Z\""));
        Assert.Equal(["bob", "cy"], await Find("not (userName eq \"ada@example.com\") and meta.created ge \"2000-01-01T00:00:00Z\""));
    }

    [Fact]
    public async Task CustomExtensionAttribute_ComparesAsText()
    {
        var (users, _) = await SeedAsync("v2");

        Assert.Equal(["ada"], await FindAsync(users, $"{Custom}:badge eq \"a-1\""));
        Assert.Equal(["bob", "cy"], await FindAsync(users, $"not ({Custom}:badge pr)"));
    }

    [Theory]
    [InlineData("v1", "nosuch eq \"x\"", "nosuch")]
    [InlineData("v2", "nosuch eq \"x\"", "nosuch")]
    [InlineData("v2", "active gt \"x\"", "active")]
    [InlineData("v2", "meta.lastModified gt \"notadate\"", "meta.lastModified")]
    [InlineData("v2", "emails[nosuch eq \"x\"]", "nosuch")]
    [InlineData("v2", "title eq true", "title")]
    public async Task Filter_Invalid_Is400InvalidFilter(string version, string filter, string named)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var response = await factory.ScimClient(token).GetAsync($"/scim/{version}/{company.Key}/Users?filter={Uri.EscapeDataString(filter)}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadObjectAsync();
        if (version == "v2") Assert.Equal("invalidFilter", (string)body["scimType"]!);
        Assert.Contains(named, (string)body["detail"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task GroupFilters_SelectTheGroupsTheySay(string version)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var ada = await factory.CreateUserAsync(company.Id, "ada@example.com");
        var bob = await factory.CreateUserAsync(company.Id, "bob@example.com");
        await factory.CreateGroupAsync(company.Id, "Engineering", [ada, bob]);
        await factory.CreateGroupAsync(company.Id, "Sales", [bob]);
        await factory.CreateGroupAsync(company.Id, "Empty", []);
        var groups = $"/scim/{version}/{company.Key}/Groups";
        async Task<string[]> Find(string filter)
        {
            var response = await scim.GetAsync($"{groups}?excludedAttributes=members&filter={Uri.EscapeDataString(filter)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.ReadObjectAsync())["Resources"]!.AsArray().Select(g => (string)g!["displayName"]!).Order(StringComparer.Ordinal).ToArray();
        }

        Assert.Equal(["Engineering", "Sales"], await Find($"members[value eq \"{bob}\"]"));
        Assert.Equal(["Engineering"], await Find($"members.value eq \"{ada}\" and displayName sw \"eng\""));
        Assert.Equal(["Empty"], await Find("not (members pr)"));
        Assert.Equal(["Empty", "Sales"], await Find($"members.value ne \"{ada}\""));
        Assert.Equal(["Empty", "Engineering"], await Find("displayName co \"E\" and not (displayName eq \"sales\")"));
        Assert.Equal(["Engineering", "Sales"], await Find("meta.lastModified gt \"2000-01-01T00:00:00Z\" and members pr"));
    }

    internal async Task<(string Users, Dictionary<string, string> Ids)> SeedAsync(string version)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/{version}/{company.Key}/Users";
        var ids = new Dictionary<string, string>();
        foreach (var body in People(version))
        {
            var created = await scim.PostScim(users, body, version);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids[((string)body["userName"]!).Split('@')[0]] = (string)(await created.ReadObjectAsync())["id"]!;
        }

        return ($"{users}|{token}", ids);
    }

    internal async Task<string[]> FindAsync(string usersAndToken, string filter, string extra = "")
    {
        var (users, token) = (usersAndToken.Split('|')[0], usersAndToken.Split('|')[1]);
        var response = await factory.ScimClient(token).GetAsync($"{users}?filter={Uri.EscapeDataString(filter)}{extra}");
        var body = await response.ReadObjectAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{filter}: {body}");
        return body["Resources"]!.AsArray().Select(u => ((string)u!["userName"]!).Split('@')[0]).Order(StringComparer.Ordinal).ToArray();
    }

    private static IEnumerable<JsonObject> People(string version)
    {
        var core = version == "v1" ? ScimWire.CoreV1 : ScimWire.UserV2;
        var enterprise = version == "v1" ? "urn:scim:schemas:extension:enterprise:1.0" : ScimWire.EnterpriseV2;
        yield return new JsonObject
        {
            ["schemas"] = new JsonArray(core, Custom),
            ["userName"] = "ada@example.com",
            ["name"] = new JsonObject { ["givenName"] = "Ada" },
            ["emails"] = new JsonArray(new JsonObject { ["value"] = "ada@home.example", ["type"] = "home" }),
            ["active"] = true,
            [Custom] = new JsonObject { ["badge"] = "A-1" },
        };
        yield return new JsonObject
        {
            ["schemas"] = new JsonArray(core),
            ["userName"] = "bob@example.com",
            ["name"] = new JsonObject { ["givenName"] = "Bob" },
            ["title"] = "Under_score",
            ["emails"] = new JsonArray(
                new JsonObject { ["value"] = "bob@work.example", ["type"] = "work", ["primary"] = true },
                new JsonObject { ["value"] = "bob@home.example", ["type"] = "home" }),
            ["active"] = true,
        };
        yield return new JsonObject
        {
            ["schemas"] = new JsonArray(core, enterprise),
            ["userName"] = "cy@example.com",
            ["name"] = new JsonObject { ["givenName"] = "Cy" },
            ["title"] = "100%",
            ["emails"] = new JsonArray(new JsonObject { ["value"] = "cy@other.example", ["type"] = "work" }),
            ["active"] = false,
            [enterprise] = new JsonObject { ["department"] = "Sales" },
        };
    }
}
