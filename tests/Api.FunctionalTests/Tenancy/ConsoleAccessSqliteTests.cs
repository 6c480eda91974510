using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Tenancy;

/// <summary>Console access follows the directory on the embedded SQLite database too (no row locks there: one writer at a time).</summary>
public sealed class ConsoleAccessSqliteTests(SqlitePlatformApiFactory factory) : IClassFixture<SqlitePlatformApiFactory>
{
    [Fact]
    public async Task Deactivation_EndsTheMembersSession_KeepsTheLastAdmin_AndReactivationRestores()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v2/{company.Key}/Users";
        var memberPerson = (string)(await (await scim.PostScim(users, ScimWire.OktaUser("v2", company.MemberEmail.ToUpperInvariant()), "v2")).ReadObjectAsync())["id"]!;
        var adminPerson = (string)(await (await scim.PostScim(users, ScimWire.OktaUser("v2", company.AdminEmail), "v2")).ReadObjectAsync())["id"]!;
        var member = await factory.SignedInClientAsync(company, admin: false);
        var admin = await factory.SignedInClientAsync(company);

        Assert.Equal(HttpStatusCode.OK, (await scim.PatchScim($"{users}/{memberPerson}", ScimWire.Deactivate("v2", memberPerson), "v2")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scim.PatchScim($"{users}/{adminPerson}", ScimWire.Deactivate("v2", adminPerson), "v2")).StatusCode);

        var next = await member.GetAsync("/people");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("reason=directory", next.Headers.Location?.Query);
        var adminPage = await admin.GetAsync("/people");
        Assert.Equal(HttpStatusCode.OK, adminPage.StatusCode);
        Assert.Contains("is the last active admin; their console access was kept", await adminPage.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await scim.PatchScim($"{users}/{memberPerson}", new JsonObject
        {
            ["schemas"] = new JsonArray(ScimWire.PatchOp),
            ["Operations"] = new JsonArray(new JsonObject { ["op"] = "replace", ["value"] = new JsonObject { ["active"] = true } }),
        }, "v2")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.SignedInClientAsync(company, admin: false)).GetAsync("/people")).StatusCode);
    }
}
