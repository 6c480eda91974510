using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim.Catalogue;

/// <summary>
/// Every RFC 7643 §4.1 user attribute, the enterprise extension and two custom extensions come back exactly as written,
/// in both versions; run on PostgreSQL (<see cref="LosslessUserTests"/>) and SQLite (<see cref="SqliteLosslessUserTests"/>).
/// </summary>
public abstract class LosslessUserTestsBase(PlatformApiFactory factory)
{
    private const string OktaExtension = "urn:okta:acme_corp:1.0:user:custom";
    private const string EntraExtension = "urn:ietf:params:scim:schemas:extension:CustomExt:2.0:User";

    public static TheoryData<string> Versions => ["v1", "v2"];

    public static JsonObject FullUser(string version, string userName, string variant = "a")
    {
        var enterprise = version == "v1" ? "urn:scim:schemas:extension:enterprise:1.0" : ScimWire.EnterpriseV2;
        return new JsonObject
        {
            ["schemas"] = new JsonArray(version == "v1" ? ScimWire.CoreV1 : ScimWire.UserV2, enterprise, OktaExtension, EntraExtension),
            ["externalId"] = $"ext-{variant}",
            ["userName"] = userName,
            ["name"] = new JsonObject
            {
                ["formatted"] = $"Ms. Barbara J Jensen III {variant}",
                ["familyName"] = "Jensen",
                ["givenName"] = "Barbara",
                ["middleName"] = "Jane",
                ["honorificPrefix"] = "Ms.",
                ["honorificSuffix"] = "III",
            },
            ["displayName"] = $"Babs {variant}",
            ["nickName"] = "Babs",
            ["profileUrl"] = $"https://login.example.com/{variant}/bjensen",
            ["title"] = "Tour Guide",
            ["userType"] = "Employee",
            ["preferredLanguage"] = "en-US",
            ["locale"] = "en-US",
            ["timezone"] = "America/Los_Angeles",
            ["active"] = true,
            ["password"] = "t1meMa$heen",
            ["emails"] = new JsonArray(
                new JsonObject { ["value"] = $"{variant}.bjensen@example.com", ["type"] = "work", ["display"] = "Work", ["primary"] = true },
                new JsonObject { ["value"] = "babs@jensen.org", ["type"] = "home", ["primary"] = false }),
            ["phoneNumbers"] = new JsonArray(
                new JsonObject { ["value"] = "555-555-5555", ["type"] = "work", ["primary"] = false },
                new JsonObject { ["value"] = "555-555-4444", ["type"] = "mobile", ["primary"] = true }),
            ["ims"] = new JsonArray(new JsonObject { ["value"] = "someaimhandle", ["type"] = "aim" }),
            ["photos"] = new JsonArray(
                new JsonObject { ["value"] = "https://photos.example.com/profilephoto/72930000000Ccne/F", ["type"] = "photo", ["primary"] = true },
                new JsonObject { ["value"] = "https://photos.example.com/profilephoto/72930000000Ccne/T", ["type"] = "thumbnail" }),
            ["addresses"] = new JsonArray(
                new JsonObject
                {
                    ["formatted"] = "100 Universal City Plaza\nHollywood, CA 91608 USA",
                    ["streetAddress"] = "100 Universal City Plaza",
                    ["locality"] = "Hollywood",
                    ["region"] = "CA",
                    ["postalCode"] = "91608",
                    ["country"] = "USA",
                    ["type"] = "work",
                    ["primary"] = true,
                },
                new JsonObject { ["streetAddress"] = $"456 Hollywood Blvd {variant}", ["locality"] = "Hollywood", ["country"] = "USA", ["type"] = "home" }),
            ["entitlements"] = new JsonArray(new JsonObject { ["value"] = "Office Access", ["display"] = "Office" }),
            ["roles"] = new JsonArray(new JsonObject { ["value"] = "Tour Guide", ["type"] = "job", ["primary"] = true }, new JsonObject { ["value"] = "Guide" }),
            ["x509Certificates"] = new JsonArray(new JsonObject { ["value"] = "MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAwTjELMAkGA1UEBhMCVVMx" }),
            [enterprise] = new JsonObject
            {
                ["employeeNumber"] = "701984",
                ["costCenter"] = "4130",
                ["organization"] = "Universal Studios",
                ["division"] = "Theme Park",
                ["department"] = $"Tour Operations {variant}",
                ["manager"] = new JsonObject { ["value"] = "26118915-6090-4610-87e4-49d8ca9f808d" },
            },
            [OktaExtension] = new JsonObject { ["costCode"] = variant, ["badge"] = 42, ["remote"] = true, ["skills"] = new JsonArray("a", "b") },
            [EntraExtension] = new JsonObject { ["building"] = new JsonObject { ["name"] = "B7", ["floor"] = 3 } },
        };
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task PostThenGet_AndPutThenGet_ReturnEveryAttributeAsWritten(string version)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/{version}/{company.Key}/Users";

        var sent = FullUser(version, "bjensen@example.com");
        var created = await scim.PostScim(users, sent, version);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)(await created.ReadObjectAsync())["id"]!;
        AssertAsWritten(sent, await (await scim.GetAsync($"{users}/{id}")).ReadObjectAsync());

        var replaced = FullUser(version, "bjensen@example.com", "b");
        Assert.Equal(HttpStatusCode.OK, (await scim.PutScim($"{users}/{id}", replaced, version)).StatusCode);
        AssertAsWritten(replaced, await (await scim.GetAsync($"{users}/{id}")).ReadObjectAsync());
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Post_TwoPrimaryValues_KeepsTheLastPrimary_AndWrongTypeIsInvalidValue(string version)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/{version}/{company.Key}/Users";
        var body = ScimWire.OktaUser(version, "two@example.com");
        body["addresses"] = new JsonArray(
            new JsonObject { ["locality"] = "A", ["primary"] = true, ["unknownPart"] = "dropped" },
            new JsonObject { ["locality"] = "B", ["primary"] = "True" });
        body["emails"] = new JsonArray(
            new JsonObject { ["value"] = "two@example.com", ["primary"] = true },
            new JsonObject { ["value"] = "second@example.com", ["primary"] = true });

        var user = await (await scim.PostScim(users, body, version)).ReadObjectAsync();

        Assert.Equal(
            """[{"locality":"A","primary":false},{"locality":"B","primary":true}]""",
            user["addresses"]!.ToJsonString());
        Assert.Equal("second@example.com", (string)user["emails"]!.AsArray().Single(e => (bool)e!["primary"]!)!["value"]!);
        body["userName"] = "three@example.com";
        body["addresses"] = new JsonArray(new JsonObject { ["locality"] = 7 });
        var refused = await scim.PostScim(users, body, version);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("addresses.locality", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Patch_CustomExtensions_SurviveExactly(string version)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/{version}/{company.Key}/Users";
        var sent = FullUser(version, "patchext@example.com");
        var id = (string)(await (await scim.PostScim(users, sent, version)).ReadObjectAsync())["id"]!;
        var okta = new JsonObject { ["costCode"] = "Z", ["nested"] = new JsonObject { ["deep"] = new JsonArray(1, "two", false, null) } };
        var building = new JsonObject { ["name"] = "B9", ["floor"] = 1.5 };

        var patch = version == "v1"
            ? new JsonObject { ["schemas"] = new JsonArray(ScimWire.CoreV1, OktaExtension, EntraExtension), [OktaExtension] = okta.DeepClone(), [EntraExtension] = new JsonObject { ["building"] = building.DeepClone() } }
            : ScimWire.Patch(
                new JsonObject { ["op"] = "replace", ["path"] = OktaExtension, ["value"] = okta.DeepClone() },
                new JsonObject { ["op"] = "replace", ["path"] = $"{EntraExtension}:building", ["value"] = building.DeepClone() });
        Assert.Equal(HttpStatusCode.OK, (await scim.PatchScim($"{users}/{id}", patch, version)).StatusCode);

        sent[OktaExtension] = okta;
        sent[EntraExtension] = new JsonObject { ["building"] = building };
        AssertAsWritten(sent, await (await scim.GetAsync($"{users}/{id}")).ReadObjectAsync());
    }

    /// <summary>Each attribute sent (password aside) comes back equal; the schemas sent are all declared; password never comes back.</summary>
    private static void AssertAsWritten(JsonObject sent, JsonObject got)
    {
        foreach (var (name, value) in sent)
        {
            if (name is "password") continue;
            if (name is "schemas")
            {
                Assert.Equal(value!.AsArray().Select(s => (string)s!).Order(), got["schemas"]!.AsArray().Select(s => (string)s!).Order());
                continue;
            }

            Assert.True(JsonNode.DeepEquals(value, got[name]), $"{name}: sent {value?.ToJsonString()}, got {got[name]?.ToJsonString()}");
        }

        Assert.Null(got["password"]);
    }
}
