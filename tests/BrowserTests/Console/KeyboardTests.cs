using Microsoft.Playwright;
using Platform.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests.Console;

/// <summary>The console works without a mouse, and the focused control is visibly marked.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class KeyboardTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Keyboard_TabsToAddOktaWithVisibleFocus_AndEnterAddsIt()
    {
        var company = await fixture.Server.CreateCompanyAsync("Keyboard Co");
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(company.Key, company.AdminEmail, company.AdminPassword);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Integrations" })).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        for (var presses = 0; presses < 20 && await page.EvaluateAsync<string?>("document.activeElement.getAttribute('aria-label')") != "Add Okta"; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("Add Okta", await page.EvaluateAsync<string?>("document.activeElement.getAttribute('aria-label')"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText("Copy it now; it will not be shown again.")).ToBeVisibleAsync();
    }
}
