using System.Net;
using Microsoft.Playwright;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests.Console;

/// <summary>An admin finds out why Okta's provisioning fails from the request log, with the keyboard only.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RequestLogTests(ConsoleFixture fixture)
{
    private ConsoleServer Server => fixture.Server;

    [Fact]
    public async Task Admin_FiltersToRefusedRequests_AndOpensA401_SeesWhatToDo()
    {
        var company = await Server.CreateCompanyAsync("Request Log Co", "admin@requests.example");
        var token = await Server.AddOktaAsync(company);
        var users = $"/scim/v2/{company.Key}/Users";
        Assert.Equal(HttpStatusCode.OK, (await Server.ScimSendAsync(HttpMethod.Get, $"{users}?startIndex=1&count=2", token)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Server.ScimSendAsync(HttpMethod.Post, users, token, ScimWire.OktaUser("v2", "ada@requests.example"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Server.ScimSendAsync(HttpMethod.Post, users, token, ScimWire.OktaUser("v2", "ada@requests.example"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Server.ScimGetAsync(new Uri(Server.Address, $"{users}?startIndex=1&count=2"), "plat_scim_an-old-token")).StatusCode);
        await Server.FlushRequestLogAsync(company, 4);

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(company.Key, company.AdminEmail, company.AdminPassword);
        await page.GotoAsync("/settings/integrations/okta");
        await Expect(page.Locator("#failures")).ToContainTextAsync("The API token was not accepted");

        // Okta → Requests, by keyboard.
        await page.Locator("#requests-link").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Requests", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#requests tbody tr")).ToHaveCountAsync(4);
        await page.ScreenshotAsync("okta-requests");

        // Filter to refused requests: choose in the select, then Enter on the Filter button.
        await page.Locator("#status").FocusAsync();
        await page.Locator("#status").SelectOptionAsync("4xx");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("status=4xx"));
        await Expect(page.Locator("#requests tbody tr")).ToHaveCountAsync(2);
        Assert.DoesNotContain(token, await page.ContentAsync());

        // Open the 401 by tabbing to its link.
        var refusedRow = page.Locator("#requests tbody tr").Filter(new() { HasText = "401" });
        await refusedRow.GetByRole(AriaRole.Link).FocusAsync();
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#request-status")).ToHaveTextAsync("401");
        await Expect(page.Locator("#explanation")).ToContainTextAsync("The API token in Okta is not the current one");
        await Expect(page.Locator("#explanation")).ToContainTextAsync("reset it on the Okta page");
        Assert.DoesNotContain("plat_scim_an-old-token", await page.ContentAsync());
        await page.ScreenshotAsync("okta-request-401");

        // Back, and the 409 says what a duplicate userName means; the request body has no password.
        await page.GoBackAsync();
        await page.Locator("#requests tbody tr").Filter(new() { HasText = "409" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#explanation")).ToContainTextAsync("A user with that userName already exists");
        await Expect(page.Locator("#request-body")).ToContainTextAsync("ada@requests.example");
        await Expect(page.Locator("#request-body")).Not.ToContainTextAsync("password");
    }
}
