using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>Okta's user provisioning sequences, replayed request by request in both SCIM versions and both header styles.</summary>
public sealed class OktaUserProvisioningTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    public static TheoryData<string, bool> VersionsAndBearer => new() { { "v1", false }, { "v1", true }, { "v2", false }, { "v2", true } };

    [Theory]
    [MemberData(nameof(VersionsAndBearer))]
    public async Task AssignUpdateDeactivateReactivate_AsOktaDoesIt_Works(string version, bool bearer)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(bearer ? $"Bearer {token}" : token);
        var users = $"/scim/{version}/{company.Key}/Users";
        const string userName = "Ada.Lovelace@Example.com";

        // Existence check: absent is 200 with totalResults 0.
        var check = await (await scim.GetAsync($"{users}?filter=userName%20eq%20%22{Uri.EscapeDataString(userName)}%22&startIndex=1&count=100")).ReadObjectAsync();
        Assert.Equal(0, (int)check["totalResults"]!);
        Assert.Empty(check["Resources"]!.AsArray());

        // Create.
        var created = await scim.PostScim(users, ScimWire.OktaUser(version, userName), version);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = await created.ReadObjectAsync();
        var id = (string)user["id"]!;
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal($"{PlatformApiFactory.PublicBase}{users}/{id}", created.Headers.Location!.ToString());
        Assert.Equal(userName, (string)user["userName"]!);
        Assert.Equal("Ada", (string)user["name"]!["givenName"]!);
        Assert.Equal(userName, (string)user["emails"]![0]!["value"]!);
        Assert.True((bool)user["active"]!);
        Assert.Null(user["password"]);

        // Profile update: GET then PUT the whole object back with a change (Okta also sends id, meta, groups, password).
        var fetched = await (await scim.GetAsync($"{users}/{id}")).ReadObjectAsync();
        fetched["name"]!["familyName"] = "Byron";
        fetched["title"] = "Analyst";
        fetched["password"] = "ignored";
        var put = await scim.PutScim($"{users}/{id}", fetched, version);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var updated = await put.ReadObjectAsync();
        Assert.Equal("Byron", (string)updated["name"]!["familyName"]!);
        Assert.Equal("Analyst", (string)updated["title"]!);

        // Deactivate.
        var deactivated = await scim.PatchScim($"{users}/{id}", ScimWire.Deactivate(version, id), version);
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.False((bool)(await deactivated.ReadObjectAsync())["active"]!);

        // Still readable, with all its data, and found by the userName filter in any case.
        var inactive = await (await scim.GetAsync($"{users}/{id}")).ReadObjectAsync();
        Assert.False((bool)inactive["active"]!);
        Assert.Equal("Byron", (string)inactive["name"]!["familyName"]!);
        var found = await (await scim.GetAsync($"{users}?filter=userName+eq+%22{Uri.EscapeDataString(userName.ToUpperInvariant())}%22&startIndex=1&count=100")).ReadObjectAsync();
        Assert.Equal(1, (int)found["totalResults"]!);
        Assert.Equal(id, (string)found["Resources"]![0]!["id"]!);
        Assert.Equal(userName, (string)found["Resources"]![0]!["userName"]!);

        // Reactivate.
        var reactivated = await scim.PatchScim($"{users}/{id}", ScimWire.Deactivate(version, id, active: true), version);
        Assert.Equal(HttpStatusCode.OK, reactivated.StatusCode);
        var active = await reactivated.ReadObjectAsync();
        Assert.True((bool)active["active"]!);
        Assert.Equal("Analyst", (string)active["title"]!);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task Import_PagesOf100_CoverEveryUserOnceInAStableOrder(string version)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/{version}/{company.Key}/Users";
        for (var batch = 0; batch < 5; batch++)
        {
            await Task.WhenAll(Enumerable.Range(batch * 50, 50).Select(i => scim.PostScim(users, ScimWire.OktaUser(version, $"user{i:D3}@example.com"), version)));
        }

        var seen = new List<string>();
        for (var startIndex = 1; ; startIndex += 100)
        {
            var page = await (await scim.GetAsync($"{users}?startIndex={startIndex}&count=100")).ReadObjectAsync();
            Assert.Equal(250, (int)page["totalResults"]!);
            Assert.Equal(startIndex, (int)page["startIndex"]!);
            var resources = page["Resources"]!.AsArray();
            Assert.Equal(resources.Count, (int)page["itemsPerPage"]!);
            seen.AddRange(resources.Select(r => (string)r!["id"]!));
            if (startIndex + 100 > 250) break;
        }

        Assert.Equal(250, seen.Count);
        Assert.Equal(250, seen.Distinct().Count());

        var pastEnd = await (await scim.GetAsync($"{users}?startIndex=301&count=100")).ReadObjectAsync();
        Assert.Empty(pastEnd["Resources"]!.AsArray());
        Assert.Equal(0, (int)pastEnd["itemsPerPage"]!);

        var totalsOnly = await (await scim.GetAsync($"{users}?count=0")).ReadObjectAsync();
        Assert.Equal(250, (int)totalsOnly["totalResults"]!);
        Assert.Empty(totalsOnly["Resources"]!.AsArray());

        var large = await (await scim.GetAsync($"{users}?startIndex=1&count=1000")).ReadObjectAsync();
        Assert.Equal(250, (int)large["itemsPerPage"]!);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task Create_DuplicateUserNameInAnyCase_Is409(string version)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/{version}/{company.Key}/Users";
        await scim.PostScim(users, ScimWire.OktaUser(version, "Dup@Example.com"), version);

        var again = await scim.PostScim(users, ScimWire.OktaUser(version, "dup@example.COM"), version);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var body = await again.ReadObjectAsync();
        if (version == "v2") Assert.Equal("uniqueness", (string)body["scimType"]!);
        else Assert.Equal(409, (int)body["Errors"]![0]!["code"]!);
    }

    [Fact]
    public Task Create_ConcurrentDuplicates_ExactlyOneWinsAndTheRestAre409() => ConcurrentDuplicatesAsync(factory);

    /// <summary>The race of <see cref="Create_ConcurrentDuplicates_ExactlyOneWinsAndTheRestAre409"/>, also run on other databases.</summary>
    internal static async Task ConcurrentDuplicatesAsync(PlatformApiFactory factory)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v2/{company.Key}/Users";

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            scim.PostScim(users, ScimWire.OktaUser("v2", i % 2 == 0 ? "race@example.com" : "RACE@example.com"), "v2")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var list = await (await scim.GetAsync($"{users}?filter=userName eq \"race@example.com\"")).ReadObjectAsync();
        Assert.Equal(1, (int)list["totalResults"]!);
    }

    [Theory]
    [InlineData("v1", "010101001010101011001010101011")]
    [InlineData("v2", "00919288221112222")]
    [InlineData("v2", "3fa85f64-5717-4562-b3fc-2c963f66afa6")]
    [InlineData("v1", "%20")]
    public async Task Get_UnknownOrMalformedId_Is404(string version, string id)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();

        var response = await factory.ScimClient(token).GetAsync($"/scim/{version}/{company.Key}/Users/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("404", (string)(await response.ReadObjectAsync())["status"]!);
    }

    [Fact]
    public async Task UserMadeOverV1_ReadsTheSameOverV2()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var body = ScimWire.OktaUser("v1", "same@example.com");
        body["urn:scim:schemas:extension:enterprise:1.0"] = new JsonObject { ["department"] = "R&D", ["manager"] = new JsonObject { ["value"] = "m-1" } };
        body["phoneNumbers"] = new JsonArray(new JsonObject { ["value"] = "+1 555 0100", ["type"] = "mobile" });
        var v1 = await (await scim.PostScim($"/scim/v1/{company.Key}/Users", body, "v1")).ReadObjectAsync();

        var v2 = await (await scim.GetAsync($"/scim/v2/{company.Key}/Users/{(string)v1["id"]!}")).ReadObjectAsync();

        foreach (var attribute in new[] { "id", "userName", "name", "emails", "phoneNumbers", "displayName", "locale", "externalId", "active", "groups" })
        {
            Assert.Equal(v1[attribute]!.ToJsonString(), v2[attribute]!.ToJsonString());
        }

        Assert.Equal(v1["urn:scim:schemas:extension:enterprise:1.0"]!.ToJsonString(), v2[ScimWire.EnterpriseV2]!.ToJsonString());
        Assert.Equal(v1["meta"]!["created"]!.ToJsonString(), v2["meta"]!["created"]!.ToJsonString());
        Assert.Equal("User", (string)v2["meta"]!["resourceType"]!);
    }

    [Fact]
    public async Task CustomExtension_SurvivesARoundTrip()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var body = ScimWire.OktaUser("v2", "custom@example.com");
        body["urn:okta:acme:custom:user:1.0"] = new JsonObject { ["badge"] = "A-17", ["floors"] = new JsonArray(3, 4) };

        var created = await (await scim.PostScim($"/scim/v2/{company.Key}/Users", body, "v2")).ReadObjectAsync();
        var read = await (await scim.GetAsync($"/scim/v2/{company.Key}/Users/{(string)created["id"]!}")).ReadObjectAsync();

        Assert.Equal("{\"badge\":\"A-17\",\"floors\":[3,4]}", read["urn:okta:acme:custom:user:1.0"]!.ToJsonString());
        Assert.Contains("urn:okta:acme:custom:user:1.0", read["schemas"]!.AsArray().Select(s => (string)s!));
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task Delete_RemovesTheUser_FreesTheUserName_AndIsAudited(string version)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/{version}/{company.Key}/Users";
        var id = (string)(await (await scim.PostScim(users, ScimWire.OktaUser(version, "gone@example.com"), version)).ReadObjectAsync())["id"]!;

        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync($"{users}/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await scim.GetAsync($"{users}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scim.DeleteAsync($"{users}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await scim.PostScim(users, ScimWire.OktaUser(version, "gone@example.com"), version)).StatusCode);
        var admin = await factory.SignedInClientAsync(company);
        var audit = await (await admin.GetAsync($"/api/companies/{company.Key}/audit?action=user.")).Content.ReadAsStringAsync();
        Assert.Contains("user.deleted", audit);
        Assert.Contains("user.created", audit);
        Assert.Contains("gone@example.com", audit);
    }

    [Fact]
    public async Task Put_WithActiveFalse_Deactivates_AsCustomOktaAppsDo()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v1/{company.Key}/Users";
        var user = await (await scim.PostScim(users, ScimWire.OktaUser("v1", "put@example.com"), "v1")).ReadObjectAsync();
        user["active"] = false;
        user.Remove("title");

        var put = await (await scim.PutScim($"{users}/{(string)user["id"]!}", user, "v1")).ReadObjectAsync();

        Assert.False((bool)put["active"]!);
        var admin = await factory.SignedInClientAsync(company);
        Assert.Contains("user.deactivated", await (await admin.GetAsync($"/api/companies/{company.Key}/audit?action=user.")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Put_OmittedOptionalAttribute_IsCleared()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v2/{company.Key}/Users";
        var body = ScimWire.OktaUser("v2", "clear@example.com");
        body["title"] = "Boss";
        var user = await (await scim.PostScim(users, body, "v2")).ReadObjectAsync();
        user.Remove("title");
        user.Remove("active");

        var put = await (await scim.PutScim($"{users}/{(string)user["id"]!}", user, "v2")).ReadObjectAsync();

        Assert.Null(put["title"]);
        Assert.True((bool)put["active"]!);
    }

    [Fact]
    public async Task Responses_UseEachVersionsMediaType_AndAcceptBothOnInput()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);

        var v2WithPlainJson = await scim.PostAsync($"/scim/v2/{company.Key}/Users", ScimWire.Content(ScimWire.OktaUser("v2", "a@x.com"), "v1"));
        var v1WithScimJson = await scim.PostAsync($"/scim/v1/{company.Key}/Users", ScimWire.Content(ScimWire.OktaUser("v1", "b@x.com"), "v2"));

        Assert.Equal(HttpStatusCode.Created, v2WithPlainJson.StatusCode);
        Assert.Equal("application/scim+json", v2WithPlainJson.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Created, v1WithScimJson.StatusCode);
        Assert.Equal("application/json", v1WithScimJson.Content.Headers.ContentType?.MediaType);
        Assert.Equal(JsonValueKind.Number, (await (await scim.GetAsync($"/scim/v1/{company.Key}/Users")).ReadObjectAsync())["totalResults"]!.GetValueKind());
    }
}
