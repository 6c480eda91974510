using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim.Catalogue;

/// <summary>PATCH of the attributes kept as sent (addresses, roles, …): whole values, value filters and sub-attributes, in both versions.</summary>
public sealed class StoredAttributePatchTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    private async Task<(HttpClient Scim, string User)> UserAsync(string version)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/{version}/{company.Key}/Users";
        var body = ScimWire.OktaUser(version, "pat@example.com");
        body["addresses"] = new JsonArray(
            new JsonObject { ["locality"] = "Hollywood", ["type"] = "work", ["primary"] = true },
            new JsonObject { ["locality"] = "Burbank", ["type"] = "home" });
        body["roles"] = new JsonArray(new JsonObject { ["value"] = "admin" }, new JsonObject { ["value"] = "reader" });
        var created = await (await scim.PostScim(users, body, version)).ReadObjectAsync();
        return (scim, $"{users}/{(string)created["id"]!}");
    }

    [Fact]
    public async Task Patch_V2ValueFiltersAndSubAttributes_ChangeOnlyTheMatchingValues()
    {
        var (scim, user) = await UserAsync("v2");

        var response = await scim.PatchScim(user, ScimWire.Patch(
            new JsonObject { ["op"] = "replace", ["path"] = "addresses[type eq \"work\"].locality", ["value"] = "Studio City" },
            new JsonObject { ["op"] = "replace", ["path"] = "addresses[type eq \"home\"].primary", ["value"] = true },
            new JsonObject { ["op"] = "remove", ["path"] = "roles[value eq \"admin\"]" },
            new JsonObject { ["op"] = "add", ["path"] = "roles", ["value"] = new JsonArray(new JsonObject { ["value"] = "owner", ["primary"] = true }) },
            new JsonObject { ["op"] = "add", ["path"] = "profileUrl", ["value"] = "https://example.com/pat" }), "v2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var got = await response.ReadObjectAsync();
        Assert.Equal(
            """[{"locality":"Studio City","type":"work","primary":false},{"locality":"Burbank","type":"home","primary":true}]""",
            got["addresses"]!.ToJsonString());
        Assert.Equal("""[{"value":"reader"},{"value":"owner","primary":true}]""", got["roles"]!.ToJsonString());
        Assert.Equal("https://example.com/pat", (string)got["profileUrl"]!);

        var removed = await (await scim.PatchScim(user, ScimWire.Patch(
            new JsonObject { ["op"] = "remove", ["path"] = "addresses[type eq \"work\" or locality sw \"Bur\"]" },
            new JsonObject { ["op"] = "remove", ["path"] = "profileUrl" }), "v2")).ReadObjectAsync();
        Assert.Null(removed["addresses"]);
        Assert.Null(removed["profileUrl"]);
        Assert.Equal(2, removed["roles"]!.AsArray().Count);
    }

    [Fact]
    public async Task Patch_V2SubAttributeOfATypeNotYetThere_CreatesThatValue_AsEntraExpects()
    {
        var (scim, user) = await UserAsync("v2");

        var response = await scim.PatchScim(user, ScimWire.Patch(
            new JsonObject { ["op"] = "Add", ["path"] = "addresses[type eq \"other\"].locality", ["value"] = "Pasadena" },
            new JsonObject { ["op"] = "Add", ["path"] = "addresses[type eq \"other\"].postalCode", ["value"] = "91101" }), "v2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """[{"locality":"Hollywood","type":"work","primary":true},{"locality":"Burbank","type":"home"},{"type":"other","locality":"Pasadena","postalCode":"91101"}]""",
            (await response.ReadObjectAsync())["addresses"]!.ToJsonString());
    }

    [Fact]
    public async Task Patch_V2PathNamingNothing_IsInvalidPath_AndWrongTypeIsInvalidValue()
    {
        var (scim, user) = await UserAsync("v2");

        var unknown = await scim.PatchScim(user, ScimWire.Patch(new JsonObject { ["op"] = "replace", ["path"] = "favouriteColour", ["value"] = "red" }), "v2");
        var unknownSub = await scim.PatchScim(user, ScimWire.Patch(new JsonObject { ["op"] = "replace", ["path"] = "addresses[type eq \"work\"].planet", ["value"] = "Mars" }), "v2");
        var wrongType = await scim.PatchScim(user, ScimWire.Patch(new JsonObject { ["op"] = "replace", ["path"] = "roles", ["value"] = "admin" }), "v2");

        Assert.Contains("invalidPath", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("invalidPath", await unknownSub.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("invalidValue", await wrongType.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patch_V1PartialResource_AddsDeletesAndClearsStoredAttributes()
    {
        var (scim, user) = await UserAsync("v1");

        var response = await scim.PatchScim(user, new JsonObject
        {
            ["schemas"] = new JsonArray(ScimWire.CoreV1),
            ["meta"] = new JsonObject { ["attributes"] = new JsonArray("addresses") },
            ["roles"] = new JsonArray(new JsonObject { ["value"] = "admin", ["operation"] = "delete" }, new JsonObject { ["value"] = "owner" }),
        }, "v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var got = await response.ReadObjectAsync();
        Assert.Null(got["addresses"]);
        Assert.Equal("""[{"value":"reader"},{"value":"owner"}]""", got["roles"]!.ToJsonString());
    }
}
