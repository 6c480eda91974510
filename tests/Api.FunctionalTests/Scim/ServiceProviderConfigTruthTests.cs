using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>
/// Every capability ServiceProviderConfig advertises, in each version, is exercised and must behave as advertised; a
/// flag that turns true or false without the behaviour following fails here.
/// </summary>
public sealed class ServiceProviderConfigTruthTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task EveryAdvertisedFlag_MatchesTheBehaviour(string version)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient($"Bearer {token}");
        var baseUrl = $"/scim/{version}/{company.Key}";
        var users = $"{baseUrl}/Users";
        var config = await (await scim.GetAsync($"{baseUrl}/{(version == "v1" ? "ServiceProviderConfigs" : "ServiceProviderConfig")}")).ReadObjectAsync();
        var ids = new List<string>();
        foreach (var name in new[] { "carol", "alice", "bob" })
        {
            var created = await scim.PostScim(users, ScimWire.OktaUser(version, $"{name}@example.com", given: name), version);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids.Add((string)(await created.ReadObjectAsync())["id"]!);
        }

        // patch
        Assert.True((bool)config["patch"]!["supported"]!);
        var patched = await scim.PatchScim($"{users}/{ids[0]}", ScimWire.Deactivate(version, ids[0]), version);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.False((bool)(await patched.ReadObjectAsync())["active"]!);

        // filter, with maxResults as the largest page
        Assert.True((bool)config["filter"]!["supported"]!);
        var filtered = await (await scim.GetAsync($"{users}?filter={Uri.EscapeDataString("userName sw \"b\" or name.givenName eq \"carol\"")}")).ReadObjectAsync();
        Assert.Equal(2, (int)filtered["totalResults"]!);
        var maxResults = (int)config["filter"]!["maxResults"]!;
        var capped = await (await scim.GetAsync($"{users}?count={maxResults + 500}")).ReadObjectAsync();
        Assert.True((int)capped["itemsPerPage"]! <= maxResults);

        // sort
        Assert.True((bool)config["sort"]!["supported"]!);
        var sorted = await (await scim.GetAsync($"{users}?sortBy=userName&sortOrder=descending")).ReadObjectAsync();
        Assert.Equal(["carol@example.com", "bob@example.com", "alice@example.com"], sorted["Resources"]!.AsArray().Select(u => (string)u!["userName"]!));

        // etag
        Assert.True((bool)config["etag"]!["supported"]!);
        var read = await scim.GetAsync($"{users}/{ids[1]}");
        var etag = read.Headers.ETag;
        Assert.NotNull(etag);
        using (var conditional = new HttpRequestMessage(HttpMethod.Get, $"{users}/{ids[1]}"))
        {
            conditional.Headers.IfNoneMatch.Add(etag);
            Assert.Equal(HttpStatusCode.NotModified, (await scim.SendAsync(conditional)).StatusCode);
        }

        using (var stale = new HttpRequestMessage(HttpMethod.Delete, $"{users}/{ids[1]}"))
        {
            stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"999\"", isWeak: true));
            Assert.Equal(HttpStatusCode.PreconditionFailed, (await scim.SendAsync(stale)).StatusCode);
        }

        // pagination: index and cursor, default and largest page sizes
        var pagination = config["pagination"]!;
        Assert.True((bool)pagination["index"]!);
        var second = await (await scim.GetAsync($"{users}?startIndex=2&count=1")).ReadObjectAsync();
        Assert.Equal(2, (int)second["startIndex"]!);
        Assert.Single(second["Resources"]!.AsArray());
        Assert.True((bool)pagination["cursor"]!);
        var first = await (await scim.GetAsync($"{users}?cursor=&count=2")).ReadObjectAsync();
        var rest = await (await scim.GetAsync($"{users}?cursor={Uri.EscapeDataString((string)first["nextCursor"]!)}&count=2")).ReadObjectAsync();
        Assert.Equal(3, first["Resources"]!.AsArray().Count + rest["Resources"]!.AsArray().Count);
        Assert.Null(rest["nextCursor"]);
        Assert.Equal((int)pagination["maxPageSize"]!, maxResults);
        Assert.True((int)pagination["defaultPageSize"]! >= 3);

        // bulk, and its advertised limit
        var bulk = config["bulk"]!;
        Assert.True((bool)bulk["supported"]!);
        var bulkSchema = version == "v1" ? ScimWire.CoreV1 : "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
        JsonObject Bulk(int operations) => new()
        {
            ["schemas"] = new JsonArray(bulkSchema),
            ["Operations"] = new JsonArray([.. Enumerable.Range(0, operations).Select(i => (JsonNode)new JsonObject
            {
                ["method"] = "POST",
                ["path"] = "/Users",
                ["bulkId"] = $"u{i}",
                ["data"] = ScimWire.OktaUser(version, $"bulk{i}@example.com"),
            })]),
        };
        var done = await scim.PostScim($"{baseUrl}/Bulk", Bulk(1), version);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await scim.PostScim($"{baseUrl}/Bulk", Bulk((int)bulk["maxOperations"]! + 1), version)).StatusCode);

        // changePassword: not supported, so a password sent is never kept or returned
        Assert.False((bool)config["changePassword"]!["supported"]!);
        var user = await (await scim.GetAsync($"{users}/{ids[2]}?attributes=password")).ReadObjectAsync();
        Assert.Null(user["password"]);

        // authentication: the advertised scheme is the one that works
        Assert.Equal("oauthbearertoken", (string)config["authenticationSchemes"]![0]!["type"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ScimClient("Bearer wrong").GetAsync(users)).StatusCode);
    }
}
