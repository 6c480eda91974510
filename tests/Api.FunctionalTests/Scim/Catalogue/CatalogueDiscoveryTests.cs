using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.Application.Directory.Schema;

namespace Platform.Api.FunctionalTests.Scim.Catalogue;

/// <summary><c>/Schemas</c> and <c>/ResourceTypes</c> say what the catalogue says, in both versions, plus each company's own custom extensions.</summary>
public sealed class CatalogueDiscoveryTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public async Task V2Schemas_DescribeEveryCatalogueAttributeWithItsCharacteristics()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);

        var list = await (await scim.GetAsync($"/scim/v2/{company.Key}/Schemas")).ReadObjectAsync();

        var documents = list["Resources"]!.AsArray().Select(d => d!.AsObject()).ToList();
        Assert.Equal(documents.Count, (int)list["totalResults"]!);
        foreach (var schema in new[] { DirectoryCatalogue.User, DirectoryCatalogue.EnterpriseUser, DirectoryCatalogue.Group })
        {
            var document = documents.Single(d => (string)d["id"]! == schema.Id);
            Assert.Equal(schema.Name, (string)document["name"]!);
            foreach (var attribute in schema.Attributes)
            {
                var described = document["attributes"]!.AsArray().Single(a => (string)a!["name"]! == attribute.Name)!.AsObject();
                AssertDescribes(attribute, described);
                foreach (var sub in attribute.SubAttributesOrEmpty)
                {
                    AssertDescribes(sub, described["subAttributes"]!.AsArray().Single(a => (string)a!["name"]! == sub.Name)!.AsObject());
                }
            }
        }

        var password = documents.Single(d => (string)d["id"]! == DirectoryCatalogue.UserUrn)["attributes"]!.AsArray().Single(a => (string)a!["name"]! == "password")!;
        Assert.Equal("writeOnly", (string)password["mutability"]!);
        Assert.Equal("never", (string)password["returned"]!);
        var one = await (await scim.GetAsync($"/scim/v2/{company.Key}/Schemas/{DirectoryCatalogue.EnterpriseUserUrn}")).ReadObjectAsync();
        Assert.Equal("EnterpriseUser", (string)one["name"]!);
    }

    [Fact]
    public async Task CustomExtension_IsListedAfterFirstUse_ForThatCompanyOnly()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var (other, otherToken) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        const string Urn = "urn:okta:acme_corp:1.0:user:custom";
        Assert.DoesNotContain(Urn, await SchemaIdsAsync(scim, company.Key));

        await scim.PostScim($"/scim/v2/{company.Key}/Users", LosslessUserTestsBase.FullUser("v2", "ext@example.com"), "v2");
        await scim.PostScim($"/scim/v2/{company.Key}/Groups", new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Group", "urn:okta:custom:group:1.0"),
            ["displayName"] = "Ext",
            ["urn:okta:custom:group:1.0"] = new JsonObject { ["description"] = "Pushed from Okta" },
        }, "v2");

        var ids = await SchemaIdsAsync(scim, company.Key);
        Assert.Contains(Urn, ids);
        Assert.Contains("urn:okta:custom:group:1.0", ids);
        var custom = await (await scim.GetAsync($"/scim/v2/{company.Key}/Schemas/{Urn}")).ReadObjectAsync();
        var attributes = custom["attributes"]!.AsArray().ToDictionary(a => (string)a!["name"]!, a => a!.AsObject());
        Assert.Equal("string", (string)attributes["costCode"]["type"]!);
        Assert.Equal("integer", (string)attributes["badge"]["type"]!);
        Assert.Equal("boolean", (string)attributes["remote"]["type"]!);
        Assert.True((bool)attributes["skills"]["multiValued"]!);
        var user = await (await scim.GetAsync($"/scim/v2/{company.Key}/ResourceTypes/User")).ReadObjectAsync();
        Assert.Contains(Urn, user["schemaExtensions"]!.AsArray().Select(e => (string)e!["schema"]!));
        var group = await (await scim.GetAsync($"/scim/v2/{company.Key}/ResourceTypes/Group")).ReadObjectAsync();
        Assert.Equal(["urn:okta:custom:group:1.0"], group["schemaExtensions"]!.AsArray().Select(e => (string)e!["schema"]!));

        var otherIds = await SchemaIdsAsync(factory.ScimClient(otherToken), other.Key);
        Assert.DoesNotContain(Urn, otherIds);
        Assert.Equal(3, otherIds.Count);
    }

    [Fact]
    public async Task V1Schemas_DescribeUsersAndGroupsInTheCoreSchemaFormat()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var baseUrl = $"/scim/v1/{company.Key}";

        var list = await (await scim.GetAsync($"{baseUrl}/Schemas")).ReadObjectAsync();
        var users = await (await scim.GetAsync($"{baseUrl}/Schemas/Users")).ReadObjectAsync();
        var byUrn = await (await scim.GetAsync($"{baseUrl}/Schemas/urn:scim:schemas:core:1.0:User")).ReadObjectAsync();

        Assert.Equal(2, (int)list["totalResults"]!);
        Assert.Equal("urn:scim:schemas:core:1.0:User", (string)users["id"]!);
        Assert.Equal("/Users", (string)users["endpoint"]!);
        Assert.Equal("urn:scim:schemas:core:1.0", (string)users["schema"]!);
        Assert.True(JsonNode.DeepEquals(users, byUrn));
        var attributes = users["attributes"]!.AsArray().ToDictionary(a => (string)a!["name"]!, a => a!.AsObject());
        Assert.True((bool)attributes["id"]["readOnly"]!);
        Assert.False((bool)attributes["addresses"]["readOnly"]!);
        Assert.True((bool)attributes["addresses"]["multiValued"]!);
        Assert.Equal("urn:scim:schemas:extension:enterprise:1.0", (string)attributes["department"]["schema"]!);
        Assert.True((bool)attributes["userName"]["required"]!);
        Assert.Equal(HttpStatusCode.OK, (await scim.GetAsync($"{baseUrl}/Schemas/Groups")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scim.GetAsync($"{baseUrl}/Schemas/Widgets")).StatusCode);
    }

    private static async Task<List<string>> SchemaIdsAsync(HttpClient scim, string companyKey) =>
        (await (await scim.GetAsync($"/scim/v2/{companyKey}/Schemas")).ReadObjectAsync())["Resources"]!.AsArray().Select(d => (string)d!["id"]!).ToList();

    private static void AssertDescribes(AttributeDefinition attribute, JsonObject described)
    {
        Assert.Equal(attribute.Type.ToString(), (string)described["type"]!, ignoreCase: true);
        Assert.Equal(attribute.MultiValued, (bool)described["multiValued"]!);
        Assert.Equal(attribute.Required, (bool)described["required"]!);
        Assert.Equal(attribute.CaseExact, (bool)described["caseExact"]!);
        Assert.Equal(attribute.Mutability.ToString(), (string)described["mutability"]!, ignoreCase: true);
        Assert.Equal(attribute.Returned.ToString(), (string)described["returned"]!, ignoreCase: true);
        Assert.Equal(attribute.Uniqueness.ToString(), (string)described["uniqueness"]!, ignoreCase: true);
        Assert.Equal(attribute.Description, (string)described["description"]!);
        Assert.Equal(attribute.CanonicalValues ?? [], described["canonicalValues"]?.AsArray().Select(v => (string)v!) ?? []);
        Assert.Equal(attribute.ReferenceTypes ?? [], described["referenceTypes"]?.AsArray().Select(v => (string)v!) ?? []);
    }
}
