using System.Net;
using Microsoft.Playwright;
using Platform.Api.FunctionalTests.Events;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests.Console;

/// <summary>An admin adds a webhook endpoint, copies its secret (shown once), sees the failing attempts and resends one.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class WebhooksTests(ConsoleFixture fixture)
{
    private ConsoleServer Server => fixture.Server;

    [Fact]
    public async Task Admin_AddsEndpoint_SeesSecretOnce_SeesAttempts_Resends()
    {
        var company = await Server.CreateCompanyAsync("Webhooks Co", "admin@webhooks.example");
        var token = await Server.AddOktaAsync(company);
        await using var receiver = await WebhookReceiver.StartNewAsync();
        receiver.Answer = 500;

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(company.Key, company.AdminEmail, company.AdminPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Webhooks" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Webhooks", Exact = true })).ToBeVisibleAsync();

        await page.GetByLabel("URL").FillAsync(receiver.Url);
        await page.GetByLabel("Description (optional)").FillAsync("HR sync");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add endpoint" }).ClickAsync();
        var secret = await page.Locator("#new-webhook-secret").InputValueAsync();
        Assert.StartsWith("whsec_", secret);
        await Expect(page.Locator("#webhooks")).ToContainTextAsync(receiver.Url);
        await page.ScreenshotAsync("webhooks-added");

        // Shown once: the page opened again does not show it.
        await page.GotoAsync("/settings/webhooks");
        await Expect(page.Locator("#webhooks tbody tr")).ToHaveCountAsync(1);
        Assert.DoesNotContain(secret, await page.ContentAsync());

        Assert.Equal(HttpStatusCode.Created, (await Server.ScimSendAsync(HttpMethod.Post, $"/scim/v2/{company.Key}/Users", token, ScimWire.OktaUser("v2", "ada@webhooks.example"))).StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (receiver.Received.Count < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, "the receiver got no retry");
            await Task.Delay(100);
        }

        await page.GetByRole(AriaRole.Link, new() { Name = receiver.Url }).ClickAsync();
        await Expect(page.Locator("#webhook-retrying")).ToBeVisibleAsync();
        await Expect(page.Locator("#attempts tbody tr").First).ToContainTextAsync("Failed, will retry");
        await Expect(page.Locator("#attempts tbody tr").First).ToContainTextAsync("500");
        await page.ScreenshotAsync("webhooks-retrying");

        // The receiver is fixed; Resend on the newest attempt sends the event at once.
        receiver.Answer = 200;
        await page.Locator("#attempts tbody tr").First.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Resend") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Sent again; the receiver accepted it.");
        await Expect(page.Locator("#attempts tbody tr").Filter(new() { HasText = "(resend)" }).First).ToContainTextAsync("Delivered");
        Assert.Contains(receiver.Accepted, r => r.Body.Contains("ada@webhooks.example", StringComparison.Ordinal));
        await page.ScreenshotAsync("webhooks-resent");
    }
}
