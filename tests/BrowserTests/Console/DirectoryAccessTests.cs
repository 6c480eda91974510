using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests.Console;

/// <summary>Console access follows the directory: Okta deactivates the signed-in person, and the next page load is the sign-in page saying why.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class DirectoryAccessTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task OktaDeactivatesTheSignedInPerson_NextPageLoadIsTheSignInPageWithTheReason()
    {
        var company = await fixture.Server.CreateCompanyAsync("Access Follows Co");
        var token = await fixture.Server.AddOktaAsync(company);
        var scim = $"/scim/v2/{company.Key}";
        var created = await fixture.Server.ScimSendAsync(HttpMethod.Post, $"{scim}/Users", token, ScimWire.OktaUser("v2", company.MemberEmail, "Mel", "Member"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(company.Key, company.MemberEmail, company.MemberPassword);
        await page.GotoAsync("/people");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "People", Exact = true })).ToBeVisibleAsync();

        var deactivated = await fixture.Server.ScimSendAsync(HttpMethod.Patch, $"{scim}/Users/{id}", token, ScimWire.Deactivate("v2", id));
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        await page.ReloadAsync();

        await Expect(page).ToHaveURLAsync(SignInWithReason());
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your access was turned off by your company's directory");
        await page.SignInAsync(company.Key, company.MemberEmail, company.MemberPassword);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your access was turned off by your company's directory");
        Assert.DoesNotContain(await context.CookiesAsync(), cookie => cookie.Name == "platform.session");
    }

    [GeneratedRegex("/signin\\?.*reason=directory")]
    private static partial Regex SignInWithReason();
}
