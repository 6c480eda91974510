using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>
/// ETags in both versions (RFC 7644 §3.14, SCIM 1.1 §3.3): <c>If-None-Match</c> on GET answers 304, a stale
/// <c>If-Match</c> on PUT, PATCH or DELETE answers 412 and changes nothing, and a user's ETag moves with its groups.
/// </summary>
public sealed class ETagTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task GetUser_IfNoneMatch_Answers304UntilTheUserChanges(string version)
    {
        var (scim, baseUrl) = await ClientAsync(factory, version);
        var (id, etag) = await CreateUserAsync(scim, baseUrl, version, "nonematch@example.com");
        var url = $"{baseUrl}/Users/{id}";

        var notModified = await SendAsync(scim, HttpMethod.Get, url, ifNoneMatch: etag);
        var strong = await SendAsync(scim, HttpMethod.Get, url, ifNoneMatch: etag.Replace("W/", string.Empty, StringComparison.Ordinal));
        var star = await SendAsync(scim, HttpMethod.Get, url, ifNoneMatch: "*");
        var other = await SendAsync(scim, HttpMethod.Get, url, ifNoneMatch: "W/\"999\"");
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag!.ToString());
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, strong.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, star.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await scim.PatchScim(url, RenameUser(version, "Changed Name"), version)).StatusCode);
        var changed = await SendAsync(scim, HttpMethod.Get, url, ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = await changed.ReadObjectAsync();
        Assert.NotEqual(etag, changed.Headers.ETag!.ToString());
        Assert.Equal(changed.Headers.ETag!.ToString(), (string)body["meta"]!["version"]!);
        Assert.Equal("Changed Name", (string)body["displayName"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(scim, HttpMethod.Get, $"{baseUrl}/Users/{Guid.NewGuid()}", ifNoneMatch: "*")).StatusCode);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task StaleIfMatch_OnUserPutPatchDelete_Answers412AndChangesNothing(string version)
    {
        var (scim, baseUrl) = await ClientAsync(factory, version);
        var (id, stale) = await CreateUserAsync(scim, baseUrl, version, "stale@example.com");
        var url = $"{baseUrl}/Users/{id}";
        var current = (await scim.PatchScim(url, RenameUser(version, "Second"), version)).Headers.ETag!.ToString();

        var put = await SendAsync(scim, HttpMethod.Put, url, ScimWire.OktaUser(version, "stale@example.com", "Third"), version, ifMatch: stale);
        var patch = await SendAsync(scim, HttpMethod.Patch, url, RenameUser(version, "Third"), version, ifMatch: $"{stale}, W/\"999\"");
        var deactivate = await SendAsync(scim, HttpMethod.Patch, url, ScimWire.Deactivate(version, id), version, ifMatch: stale);
        var delete = await SendAsync(scim, HttpMethod.Delete, url, ifMatch: stale);

        foreach (var refused in new[] { put, patch, deactivate, delete })
        {
            Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
            var error = await refused.ReadObjectAsync();
            Assert.Contains("changed since", ErrorDetail(error, version), StringComparison.Ordinal);
        }

        var after = await scim.GetAsync(url);
        var user = await after.ReadObjectAsync();
        Assert.Equal(current, after.Headers.ETag!.ToString());
        Assert.Equal("Second", (string)user["displayName"]!);
        Assert.True((bool)user["active"]!);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task MatchingIfMatch_OnUserPutPatchDelete_Succeeds(string version)
    {
        var (scim, baseUrl) = await ClientAsync(factory, version);
        var (id, etag) = await CreateUserAsync(scim, baseUrl, version, "matching@example.com");
        var url = $"{baseUrl}/Users/{id}";

        var put = await SendAsync(scim, HttpMethod.Put, url, ScimWire.OktaUser(version, "matching@example.com", "Put"), version, ifMatch: etag);
        var afterPut = put.Headers.ETag!.ToString();
        var strong = afterPut.Replace("W/", string.Empty, StringComparison.Ordinal);
        var patch = await SendAsync(scim, HttpMethod.Patch, url, RenameUser(version, "Patched"), version, ifMatch: $"W/\"999\", {strong}");
        var delete = await SendAsync(scim, HttpMethod.Delete, url, ifMatch: "*");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.NotEqual(etag, afterPut);
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal("Patched", (string)(await patch.ReadObjectAsync())["displayName"]!);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scim.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task Group_IfNoneMatchAndIfMatch_AnswerByItsVersion(string version)
    {
        var (scim, baseUrl) = await ClientAsync(factory, version);
        var (member, _) = await CreateUserAsync(scim, baseUrl, version, "groupmember@example.com");
        var created = await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = "Versioned" }, version);
        var groupUrl = $"{baseUrl}/Groups/{(string)(await created.ReadObjectAsync())["id"]!}";
        var stale = created.Headers.ETag!.ToString();

        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync(scim, HttpMethod.Get, groupUrl, ifNoneMatch: stale)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await scim.PatchScim(groupUrl, AddMember(version, member), version)).StatusCode);
        var current = await scim.GetAsync(groupUrl);
        var etag = current.Headers.ETag!.ToString();
        Assert.NotEqual(stale, etag);
        Assert.Equal(etag, (string)(await current.ReadObjectAsync())["meta"]!["version"]!);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(scim, HttpMethod.Get, groupUrl, ifNoneMatch: stale)).StatusCode);

        var patch = await SendAsync(scim, HttpMethod.Patch, groupUrl, RemoveMember(version, member), version, ifMatch: stale);
        var put = await SendAsync(scim, HttpMethod.Put, groupUrl, new JsonObject { ["displayName"] = "Replaced" }, version, ifMatch: stale);
        var delete = await SendAsync(scim, HttpMethod.Delete, groupUrl, ifMatch: stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, patch.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, put.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, delete.StatusCode);
        Assert.Contains("changed since", ErrorDetail(await delete.ReadObjectAsync(), version), StringComparison.Ordinal);
        var unchanged = await scim.GetAsync(groupUrl);
        Assert.Equal(etag, unchanged.Headers.ETag!.ToString());
        var group = await unchanged.ReadObjectAsync();
        Assert.Equal("Versioned", (string)group["displayName"]!);
        Assert.Equal(member, (string)group["members"]![0]!["value"]!);

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(scim, HttpMethod.Patch, groupUrl, RemoveMember(version, member), version, ifMatch: etag)).StatusCode);
        var removed = (await scim.GetAsync(groupUrl)).Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(scim, HttpMethod.Put, groupUrl, new JsonObject { ["displayName"] = "Replaced" }, version, ifMatch: removed)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(scim, HttpMethod.Delete, groupUrl, ifMatch: "*")).StatusCode);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public Task MembershipChanges_MoveTheUsersETag(string version) => MembershipChangesMoveTheUsersETagAsync(factory, version);

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task ConcurrentUserPatches_WithTheSameIfMatch_ExactlyOneWins(string version)
    {
        var (scim, baseUrl) = await ClientAsync(factory, version);
        var (id, etag) = await CreateUserAsync(scim, baseUrl, version, "racing@example.com");
        var url = $"{baseUrl}/Users/{id}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            SendAsync(scim, HttpMethod.Patch, url, RenameUser(version, $"Racer {i}"), version, ifMatch: etag)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).ReadObjectAsync();
        Assert.Equal((string)winner["displayName"]!, (string)(await (await scim.GetAsync(url)).ReadObjectAsync())["displayName"]!);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public Task ConcurrentGroupPatches_WithTheSameIfMatch_ExactlyOneWins(string version) => ConcurrentGroupPatchesAsync(factory, version);

    /// <summary>Four clients add a member each to one group, all based on the same version: one succeeds, three get 412.</summary>
    internal static async Task ConcurrentGroupPatchesAsync(PlatformApiFactory factory, string version)
    {
        var (scim, baseUrl) = await ClientAsync(factory, version);
        var members = new List<string>();
        for (var i = 0; i < 4; i++) members.Add((await CreateUserAsync(scim, baseUrl, version, $"racer{i}@example.com")).Id);
        var created = await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = "Race" }, version);
        var groupUrl = $"{baseUrl}/Groups/{(string)(await created.ReadObjectAsync())["id"]!}";
        var etag = created.Headers.ETag!.ToString();

        var responses = await Task.WhenAll(members.Select(member =>
            SendAsync(scim, HttpMethod.Patch, groupUrl, AddMember(version, member), version, ifMatch: etag)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.NoContent);
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        Assert.Single((await (await scim.GetAsync(groupUrl)).ReadObjectAsync())["members"]!.AsArray());
    }

    /// <summary>
    /// Adding, removing, renaming and deleting a group each move the member's ETag and lastModified, and a GET shows
    /// the groups as they now are; shared with the SQLite tests.
    /// </summary>
    internal static async Task MembershipChangesMoveTheUsersETagAsync(PlatformApiFactory factory, string version)
    {
        var (scim, baseUrl) = await ClientAsync(factory, version);
        var (id, etag) = await CreateUserAsync(scim, baseUrl, version, "groupie@example.com");
        var (bystander, bystanderETag) = await CreateUserAsync(scim, baseUrl, version, "bystander@example.com");
        var userUrl = $"{baseUrl}/Users/{id}";
        var created = await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = "Readers" }, version);
        var groupId = (string)(await created.ReadObjectAsync())["id"]!;
        var groupUrl = $"{baseUrl}/Groups/{groupId}";
        var seen = new List<string> { etag };
        var lastModified = new List<DateTimeOffset>();

        async Task<JsonObject> ChangedUserAsync()
        {
            var response = await SendAsync(scim, HttpMethod.Get, userUrl, ifNoneMatch: seen[^1]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var now = response.Headers.ETag!.ToString();
            Assert.DoesNotContain(now, seen);
            seen.Add(now);
            var user = await response.ReadObjectAsync();
            var modified = DateTimeOffset.Parse((string)user["meta"]!["lastModified"]!, System.Globalization.CultureInfo.InvariantCulture);
            if (lastModified.Count > 0) Assert.True(modified >= lastModified[^1]);
            lastModified.Add(modified);
            return user;
        }

        Assert.Equal(HttpStatusCode.NoContent, (await scim.PatchScim(groupUrl, AddMember(version, id), version)).StatusCode);
        var added = await ChangedUserAsync();
        Assert.Equal(groupId, (string)added["groups"]![0]!["value"]!);
        Assert.Equal("Readers", (string)added["groups"]![0]!["display"]!);

        Assert.Equal(HttpStatusCode.NoContent, (await scim.PatchScim(groupUrl, RenameGroup(version, "Writers"), version)).StatusCode);
        Assert.Equal("Writers", (string)(await ChangedUserAsync())["groups"]![0]!["display"]!);

        Assert.Equal(HttpStatusCode.NoContent, (await scim.PatchScim(groupUrl, RemoveMember(version, id), version)).StatusCode);
        Assert.Empty((await ChangedUserAsync())["groups"]?.AsArray() ?? []);

        var second = await scim.PostScim($"{baseUrl}/Groups", new JsonObject { ["displayName"] = "Pushed", ["members"] = new JsonArray(new JsonObject { ["value"] = id }) }, version);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("Pushed", (string)(await ChangedUserAsync())["groups"]![0]!["display"]!);

        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync($"{baseUrl}/Groups/{(string)(await second.ReadObjectAsync())["id"]!}")).StatusCode);
        Assert.Empty((await ChangedUserAsync())["groups"]?.AsArray() ?? []);

        // A user whose groups did not change keeps its ETag.
        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync(scim, HttpMethod.Get, $"{baseUrl}/Users/{bystander}", ifNoneMatch: bystanderETag)).StatusCode);

        // Deleting a member changes its groups' members: their ETags move too.
        Assert.Equal(HttpStatusCode.NoContent, (await scim.PatchScim(groupUrl, AddMember(version, id), version)).StatusCode);
        var groupETag = (await scim.GetAsync(groupUrl)).Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync(userUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(scim, HttpMethod.Get, groupUrl, ifNoneMatch: groupETag)).StatusCode);
    }

    internal static async Task<(HttpClient Scim, string BaseUrl)> ClientAsync(PlatformApiFactory factory, string version)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        return (factory.ScimClient($"Bearer {token}"), $"/scim/{version}/{company.Key}");
    }

    private static async Task<(string Id, string ETag)> CreateUserAsync(HttpClient scim, string baseUrl, string version, string userName)
    {
        var created = await scim.PostScim($"{baseUrl}/Users", ScimWire.OktaUser(version, userName), version);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return ((string)(await created.ReadObjectAsync())["id"]!, created.Headers.ETag!.ToString());
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient scim, HttpMethod method, string url, JsonNode? body = null, string? version = null, string? ifMatch = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = ScimWire.Content(body, version!);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await scim.SendAsync(request);
    }

    private static string ErrorDetail(JsonObject error, string version) =>
        version == "v1" ? (string)error["Errors"]![0]!["description"]! : (string)error["detail"]!;

    private static JsonObject RenameUser(string version, string displayName) => version == "v1"
        ? new JsonObject { ["schemas"] = new JsonArray(ScimWire.CoreV1), ["displayName"] = displayName }
        : ScimWire.Patch(new JsonObject { ["op"] = "replace", ["path"] = "displayName", ["value"] = displayName });

    private static JsonObject AddMember(string version, string userId) => version == "v1"
        ? new JsonObject { ["schemas"] = new JsonArray(ScimWire.CoreV1), ["members"] = new JsonArray(new JsonObject { ["value"] = userId }) }
        : ScimWire.Patch(new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = new JsonArray(new JsonObject { ["value"] = userId }) });

    private static JsonObject RemoveMember(string version, string userId) => version == "v1"
        ? new JsonObject { ["schemas"] = new JsonArray(ScimWire.CoreV1), ["members"] = new JsonArray(new JsonObject { ["value"] = userId, ["operation"] = "delete" }) }
        : ScimWire.Patch(new JsonObject { ["op"] = "remove", ["path"] = $"members[value eq \"{userId}\"]" });

    private static JsonObject RenameGroup(string version, string displayName) => version == "v1"
        ? new JsonObject { ["schemas"] = new JsonArray(ScimWire.CoreV1), ["displayName"] = displayName }
        : ScimWire.Patch(new JsonObject { ["op"] = "replace", ["path"] = "displayName", ["value"] = displayName });
}
