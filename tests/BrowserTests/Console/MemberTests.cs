using System.Net;
using Microsoft.Playwright;
using Platform.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests.Console;

/// <summary>A member (not an admin) can look around but not touch the integration or create a group.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class MemberTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Member_SeesNoIntegrationOrGroupControls_AndIsForbiddenToResetOrCreate()
    {
        var company = await fixture.Server.CreateCompanyAsync("Member View Co");
        var token = await fixture.Server.AddOktaAsync(company);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.SignInAsync(company.Key, company.MemberEmail, company.MemberPassword);

        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Okta" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add Okta" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open Okta" })).ToHaveCountAsync(0);
        await Expect(page.GetByText("Only administrators can add integrations")).ToBeVisibleAsync();

        var okta = await page.GotoAsync("/settings/integrations/okta");
        Assert.Equal((int)HttpStatusCode.Forbidden, okta!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Only an administrator can do that" })).ToBeVisibleAsync();

        var form = context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", await page.AntiforgeryTokenAsync());
        var reset = await context.APIRequest.PostAsync("/settings/integrations/okta/reset", new() { Form = form });
        Assert.Equal((int)HttpStatusCode.Forbidden, reset.Status);

        var users = new Uri(fixture.Server.Address, $"/scim/v1/{company.Key}/Users");
        Assert.Equal(HttpStatusCode.OK, (await fixture.Server.ScimGetAsync(users, token)).StatusCode);
        await page.GotoAsync("/activity");
        await Expect(page.Locator("#activity")).ToContainTextAsync("integration.added");

        await page.GotoAsync("/groups");
        await Expect(page.GetByText("Only administrators can create groups.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Create group" })).ToHaveCountAsync(0);
        form.Set("name", "Members cannot");
        var create = await context.APIRequest.PostAsync("/groups/new", new() { Form = form });
        Assert.Equal((int)HttpStatusCode.Forbidden, create.Status);
    }
}
