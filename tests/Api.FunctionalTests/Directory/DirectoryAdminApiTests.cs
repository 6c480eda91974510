using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Directory;

public sealed class DirectoryAdminApiTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public async Task GroupCreatedByAnAdmin_IsFoundByOktasLinkFilter_AndAPushOfTheSameNameConflicts()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var admin = await factory.SignedInClientAsync(company);

        var created = await admin.PostJsonAsync($"/api/companies/{company.Key}/groups", new { displayName = "Finance" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)(await created.ReadObjectAsync())["id"]!;

        var scim = factory.ScimClient(token);
        var linked = await (await scim.GetAsync($"/scim/v1/{company.Key}/Groups?filter=displayName%20eq%20%22finance%22&startIndex=1&count=100")).ReadObjectAsync();
        Assert.Equal(id, (string)linked["Resources"]![0]!["id"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await scim.PostScim($"/scim/v1/{company.Key}/Groups", new JsonObject { ["displayName"] = "Finance" }, "v1")).StatusCode);

        var duplicate = await admin.PostJsonAsync($"/api/companies/{company.Key}/groups", new { displayName = "FINANCE" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("application/problem+json", duplicate.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostJsonAsync($"/api/companies/{company.Key}/groups", new { displayName = "  " })).StatusCode);
    }

    [Fact]
    public async Task UsersAndGroups_ListWithCounts_ForAnyAccountOfTheCompany_AndOnlyAdminsCreate()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var user = (string)(await (await scim.PostScim($"/scim/v2/{company.Key}/Users", ScimWire.OktaUser("v2", "listed@example.com"), "v2")).ReadObjectAsync())["id"]!;
        await scim.PostScim($"/scim/v2/{company.Key}/Groups", new JsonObject { ["displayName"] = "Counted", ["members"] = new JsonArray(new JsonObject { ["value"] = user }) }, "v2");
        var member = await factory.SignedInClientAsync(company, admin: false);

        var users = await (await member.GetAsync($"/api/companies/{company.Key}/users")).ReadObjectAsync();
        var groups = await (await member.GetAsync($"/api/companies/{company.Key}/groups")).ReadObjectAsync();

        Assert.Equal(1, (int)users["total"]!);
        Assert.Equal("listed@example.com", (string)users["items"]![0]!["userName"]!);
        Assert.Equal("Counted", (string)users["items"]![0]!["groups"]![0]!);
        Assert.Equal(1, (int)groups["items"]![0]!["memberCount"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostJsonAsync($"/api/companies/{company.Key}/groups", new { displayName = "Nope" })).StatusCode);
    }

    [Fact]
    public async Task AnotherCompanysDirectory_Is404()
    {
        var (other, _) = await factory.CreateCompanyWithOktaAsync();
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/companies/{other.Key}/users")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostJsonAsync($"/api/companies/{other.Key}/groups", new { displayName = "Sneaky" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/companies/{other.Key}/groups")).StatusCode);
    }
}
