using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim.Catalogue;

/// <summary><c>attributes</c> and <c>excludedAttributes</c> on user reads and writes, in both versions, with the catalogue's <c>returned</c>.</summary>
public sealed class UserAttributeSelectionTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    public static TheoryData<string> Versions => ["v1", "v2"];

    private async Task<(HttpClient Scim, string Users, string Id, string Version)> UserAsync(string version)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/{version}/{company.Key}/Users";
        var created = await (await scim.PostScim(users, LosslessUserTestsBase.FullUser(version, "sel@example.com"), version)).ReadObjectAsync();
        return (scim, users, (string)created["id"]!, version);
    }

    private static string Enterprise(string version) => version == "v1" ? "urn:scim:schemas:extension:enterprise:1.0" : ScimWire.EnterpriseV2;

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Get_Attributes_ReturnsOnlyThoseWithIdAndSchemas(string version)
    {
        var (scim, users, id, _) = await UserAsync(version);

        var user = await (await scim.GetAsync($"{users}/{id}?attributes=NAME.givenName,emails.value,{Enterprise(version)}:department,password,id")).ReadObjectAsync();

        Assert.Equal(new[] { "schemas", "id", "name", "emails", Enterprise(version) }.Order(StringComparer.Ordinal), user.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("""{"givenName":"Barbara"}""", user["name"]!.ToJsonString());
        Assert.Equal("""[{"value":"a.bjensen@example.com"},{"value":"babs@jensen.org"}]""", user["emails"]!.ToJsonString());
        Assert.Equal("""{"department":"Tour Operations a"}""", user[Enterprise(version)]!.ToJsonString());
        Assert.Equal(2, user["schemas"]!.AsArray().Count);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task ListAndWrites_ExcludedAttributes_DropThemButNeverId(string version)
    {
        var (scim, users, id, _) = await UserAsync(version);
        const string Excluded = "excludedAttributes=id,addresses,emails.type,urn:okta:acme_corp:1.0:user:custom,meta,groups";

        var list = await (await scim.GetAsync($"{users}?filter=userName eq \"sel@example.com\"&{Excluded}")).ReadObjectAsync();
        var patched = await (await scim.PatchScim($"{users}/{id}?{Excluded}", version == "v1"
            ? new JsonObject { ["schemas"] = new JsonArray(ScimWire.CoreV1), ["title"] = "Lead" }
            : ScimWire.Patch(new JsonObject { ["op"] = "replace", ["path"] = "title", ["value"] = "Lead" }), version)).ReadObjectAsync();
        var replaced = await (await scim.PutScim($"{users}/{id}?{Excluded}", LosslessUserTestsBase.FullUser(version, "sel@example.com", "b"), version)).ReadObjectAsync();

        foreach (var user in new[] { list["Resources"]![0]!.AsObject(), patched, replaced })
        {
            Assert.Equal(id, (string)user["id"]!);
            Assert.Null(user["addresses"]);
            Assert.Null(user["meta"]);
            Assert.Null(user["groups"]);
            Assert.Null(user["password"]);
            Assert.Null(user["urn:okta:acme_corp:1.0:user:custom"]);
            Assert.DoesNotContain("urn:okta:acme_corp:1.0:user:custom", user["schemas"]!.AsArray().Select(s => (string)s!));
            Assert.Contains("urn:ietf:params:scim:schemas:extension:CustomExt:2.0:User", user["schemas"]!.AsArray().Select(s => (string)s!));
            Assert.All(user["emails"]!.AsArray(), email => Assert.Null(email!["type"]));
            Assert.NotNull(user["roles"]);
        }

        Assert.Equal("Lead", (string)patched["title"]!);
    }

    [Fact]
    public async Task Post_Attributes_ShapeTheCreatedResponse()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);

        var response = await scim.PostScim($"/scim/v2/{company.Key}/Users?attributes=userName", ScimWire.OktaUser("v2", "new@example.com"), "v2");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var user = await response.ReadObjectAsync();
        Assert.Equal(["schemas", "id", "userName"], user.Select(p => p.Key));
    }
}
