using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests.Console;

/// <summary>An admin connects Okta through the console, as docs/okta-setup.md tells them to.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class OktaSetupTests(ConsoleFixture fixture)
{
    private ConsoleServer Server => fixture.Server;

    [Fact]
    public async Task Admin_AddsOktaUsesTokenResetsItAndSeesActivity()
    {
        var company = await Server.CreateCompanyAsync("Acme", "admin@acme.example");
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var cspViolations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) cspViolations.Add(message.Text);
        };

        // Sign in → Company Settings → Integrations → Add Okta.
        await page.SignInAsync(company.Key, company.AdminEmail, company.AdminPassword);
        await Expect(page).ToHaveURLAsync(IntegrationsUrl());
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Okta" }).ClickAsync();

        // The answer to the POST holds the token, once.
        await Expect(page.GetByText("Copy it now; it will not be shown again.")).ToBeVisibleAsync();
        var token = await page.Locator("#api-token").InputValueAsync();
        var baseUrl = await page.Locator("#base-url").InputValueAsync();
        Assert.StartsWith("plat_scim_", token);
        Assert.Equal($"{ConsoleServer.PublicBase}/scim/v1/{company.Key}", baseUrl);
        Assert.Equal($"{ConsoleServer.PublicBase}/scim/v2/{company.Key}", await page.Locator("#scim2-base-url").InputValueAsync());
        Assert.DoesNotContain(token, page.Url);
        await page.Locator("button[data-copy='api-token']").ClickAsync();
        await Expect(page.Locator("#api-token-copied")).ToHaveTextAsync("Copied");
        Assert.Equal(token, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        await page.ScreenshotAsync("okta-token-shown");

        // Okta's "Test API Credentials" with what the page showed.
        var users = Server.OnThisServer(baseUrl, "Users?startIndex=1&count=2");
        Assert.Equal(HttpStatusCode.OK, (await Server.ScimGetAsync(users, token)).StatusCode);

        // Leave and come back: the token is masked, the credential test shows as passed.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Console" }).GetByRole(AriaRole.Link, new() { Name = "Company Settings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Okta" })).ToContainTextAsync("just now");
        await page.ScreenshotAsync("integrations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Open Okta" }).ClickAsync();
        await Expect(page.Locator("#api-token-masked")).ToContainTextAsync(token[^4..]);
        await Expect(page.Locator("#api-token")).ToHaveCountAsync(0);
        Assert.DoesNotContain(token, await page.ContentAsync());
        await Expect(page.Locator("#credential-test")).ToContainTextAsync("Passed");

        // A request with a wrong token shows up with what it means.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Server.ScimGetAsync(users, "plat_scim_pasted-into-the-wrong-field")).StatusCode);
        await Server.FlushRequestLogAsync(company, 2);
        await page.ReloadAsync();
        await Expect(page.Locator("#failures")).ToContainTextAsync("The API token was not accepted");
        await page.ScreenshotAsync("okta-masked");

        // Reset: a confirmation that says what happens, then the new token once.
        await page.GetByRole(AriaRole.Link, new() { Name = "Reset API Token" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reset the Okta API token?" })).ToBeVisibleAsync();
        await Expect(page.GetByText("stops working at once")).ToBeVisibleAsync();
        await Expect(page.GetByText("No data is erased")).ToBeVisibleAsync();
        await page.ScreenshotAsync("okta-reset-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset API Token" }).ClickAsync();
        await Expect(page.GetByText("Copy it now; it will not be shown again.")).ToBeVisibleAsync();
        var newToken = await page.Locator("#api-token").InputValueAsync();
        Assert.NotEqual(token, newToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Server.ScimGetAsync(users, token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Server.ScimGetAsync(users, newToken)).StatusCode);

        // Activity lists the reset, by whom; never a token.
        await page.GetByRole(AriaRole.Link, new() { Name = "Activity" }).ClickAsync();
        var resetRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "integration.token_rotated" });
        await Expect(resetRow).ToContainTextAsync(company.AdminEmail);
        await page.GetByLabel("Kind").SelectOptionAsync("integration");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("kind=integration"));
        await Expect(page.Locator("#activity tbody tr")).ToHaveCountAsync(2);
        var activity = await page.ContentAsync();
        Assert.DoesNotContain(token, activity);
        Assert.DoesNotContain(newToken, activity);
        await page.ScreenshotAsync("activity");

        // Readable at a phone's width: nothing wider than the screen.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/settings/integrations/okta");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The Okta page scrolls sideways at 390 px.");

        Assert.Empty(cspViolations);
    }

    [GeneratedRegex("/settings/integrations$")]
    private static partial Regex IntegrationsUrl();
}
