using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.Application.Integrations;
using Platform.Domain.Common;
using Platform.Domain.Integrations;

namespace Platform.Api.FunctionalTests.Console;

/// <summary>What the console's pages say, read as HTML over HTTP.</summary>
public sealed partial class ConsolePagesTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public async Task OktaPage_AfterRefusedScimRequests_ExplainsEachReason()
    {
        var (company, _) = await factory.CreateCompanyWithOktaAsync();
        var admin = await factory.SignedInClientAsync(company);
        await factory.ScimClient(null).GetAsync($"/scim/v1/{company.Key}/Users");
        await factory.ScimClient("Bearer plat_scim_not-the-token").GetAsync($"/scim/v2/{company.Key}/Users");
        await factory.Services.GetRequiredService<IScimRequestLog>().FlushAsync(default);

        var html = await admin.GetStringAsync("/settings/integrations/okta");

        Assert.Contains("No API token was sent", html);
        Assert.Contains("The API token was not accepted", html);
        Assert.Contains("last attempt was refused", html);
        Assert.DoesNotContain("plat_scim_not-the-token", html);
    }

    [Fact]
    public async Task ScimRequest_ForAnUnknownCompany_IsNotRecorded()
    {
        var (company, _) = await factory.CreateCompanyWithOktaAsync();

        await factory.ScimClient("wrong").GetAsync("/scim/v1/no-such-company-here/Users");
        await factory.ScimClient("wrong").GetAsync($"/scim/v1/{company.Key}/Users");
        await factory.Services.GetRequiredService<IScimRequestLog>().FlushAsync(default);

        var status = await factory.SendAsync(s => s.Send(new GetIntegrationStatusQuery(company.Id, IntegrationKind.Okta)).AsTask());
        Assert.Single(status.Value.RecentFailures);
    }

    [Fact]
    public async Task OktaPage_AfterASuccessfulRequest_ShowsTheCredentialTestPassed()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var admin = await factory.SignedInClientAsync(company);
        Assert.Contains("Waiting for Okta", await admin.GetStringAsync("/settings/integrations/okta"));

        await factory.ScimClient(token).GetAsync($"/scim/v1/{company.Key}/Users?startIndex=1&count=2");

        var html = await admin.GetStringAsync("/settings/integrations/okta");
        Assert.Contains("Credential test passed", html);
        Assert.DoesNotContain(token, html);
    }

    [Fact]
    public async Task OktaPage_BeforeOktaIsAdded_RedirectsToIntegrations()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);

        var response = await admin.GetAsync("/settings/integrations/okta");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/settings/integrations", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AddPost_Twice_ShowsNoTokenTheSecondTime()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);
        var antiforgery = await admin.AntiforgeryTokenAsync("/settings/integrations");
        await admin.PostFormAsync("/settings/integrations/okta", ("__RequestVerificationToken", antiforgery));

        var again = await admin.PostFormAsync("/settings/integrations/okta", ("__RequestVerificationToken", antiforgery));
        var html = await again.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Okta was already added", html);
        Assert.DoesNotContain("id=\"api-token\"", html);
    }

    [Fact]
    public async Task Activity_FiltersByKindAndPagesNewestFirst()
    {
        var (company, _) = await factory.CreateCompanyWithOktaAsync();
        for (var i = 0; i < 26; i++)
        {
            await factory.SendAsync(async s => (await s.Send(new ResetIntegrationTokenCommand(company.Id, IntegrationKind.Okta, Actor.Operator("ops")))).Value);
        }

        var member = await factory.SignedInClientAsync(company, admin: false);
        var first = await member.GetStringAsync("/activity?kind=integration");
        var second = await member.GetStringAsync("/activity?kind=integration&p=2");
        var all = await member.GetStringAsync("/activity?p=2");

        Assert.Contains("Showing 1–25 of 27", first);
        Assert.Equal(25, Rows().Count(first));
        Assert.Contains("Older", first);
        Assert.Equal(2, Rows().Count(second));
        Assert.Contains("integration.added", second);
        Assert.DoesNotContain("company.created", first + second);
        Assert.Contains("company.created", all);
    }

    [GeneratedRegex("<tr>\\s*<td class=\"nowrap\">")]
    private static partial Regex Rows();
}
