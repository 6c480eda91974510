using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.Application.Integrations;
using Platform.Domain.Common;
using Platform.Domain.Integrations;

namespace Platform.Api.FunctionalTests.Audit;

/// <summary>What the admin API's activity log says about a change: which attributes, before and after, and which request.</summary>
public sealed class AuditTrailTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task ScimPut_TitleAndFamilyName_AuditEntryListsBothChangesAndTheRequest(string version)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/{version}/{company.Key}/Users";
        var body = ScimWire.OktaUser(version, "audited@example.com");
        body["title"] = "Analyst";
        var user = await (await scim.PostScim(users, body, version)).ReadObjectAsync();
        user["title"] = "Lead";
        user["name"]!["familyName"] = "King";
        user["password"] = "t1meMa$heen";

        var put = await scim.PutScim($"{users}/{(string)user["id"]!}", user, version);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var entry = await LatestAsync(company, "user.updated");
        Assert.Equal(
            [("name.familyName", "Lovelace", "King"), ("title", "Analyst", "Lead")],
            entry["changes"]!.AsArray().Select(c => ((string)c!["attribute"]!, (string?)c["before"], (string?)c["after"])).OrderBy(c => c.Item1));
        var requestId = (string?)entry["requestId"];
        Assert.False(string.IsNullOrEmpty(requestId));
        Assert.Equal(Assert.Single(put.Headers.GetValues("X-Request-Id")), requestId);
        Assert.DoesNotContain("t1meMa$heen", entry.ToJsonString());
    }

    [Fact]
    public async Task ScimDeactivate_AuditEntryListsActiveTrueToFalse()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v2/{company.Key}/Users";
        var id = (string)(await (await scim.PostScim(users, ScimWire.OktaUser("v2", "leaving@example.com"), "v2")).ReadObjectAsync())["id"]!;

        await scim.PatchScim($"{users}/{id}", ScimWire.Deactivate("v2", id), "v2");

        var entry = await LatestAsync(company, "user.deactivated");
        var change = Assert.Single(entry["changes"]!.AsArray());
        Assert.Equal(("active", "true", "false"), ((string)change!["attribute"]!, (string?)change["before"], (string?)change["after"]));
    }

    [Fact]
    public async Task TokenReset_OutsideARequest_IsRecordedWithoutValuesAndWithoutARequestId()
    {
        var (company, _) = await factory.CreateCompanyWithOktaAsync();
        var reset = await factory.SendAsync(async s => (await s.Send(new ResetIntegrationTokenCommand(company.Id, IntegrationKind.Okta, Actor.Operator("ops")))).Value);

        var entry = await LatestAsync(company, "integration.token_rotated");

        var change = Assert.Single(entry["changes"]!.AsArray());
        Assert.Equal(("token", null, null), ((string)change!["attribute"]!, (string?)change["before"], (string?)change["after"]));
        Assert.Null((string?)entry["requestId"]);
        Assert.DoesNotContain(reset.Token, entry.ToJsonString());
    }

    private async Task<JsonObject> LatestAsync(TestCompany company, string action)
    {
        var admin = await factory.SignedInClientAsync(company);
        var page = await (await admin.GetAsync($"/api/companies/{company.Key}/audit?action={action}")).ReadObjectAsync();
        return page["entries"]!.AsArray()[0]!.AsObject();
    }
}
