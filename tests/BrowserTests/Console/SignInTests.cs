using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests.Console;

[Collection(ConsoleCollection.Name)]
public sealed partial class SignInTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndCreatesNoSession()
    {
        var company = await fixture.Server.CreateCompanyAsync("Wrong Password Co");
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.SignInAsync(company.Key, company.AdminEmail, "not-the-password");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The company key, email or password is not right.");
        Assert.DoesNotContain(await context.CookiesAsync(), cookie => cookie.Name == "platform.session");
        await page.GotoAsync("/settings/integrations");
        await Expect(page).ToHaveURLAsync(SignInUrl());
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var company = await fixture.Server.CreateCompanyAsync("Sign Out Co");
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(company.Key, company.AdminEmail, company.AdminPassword);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(SignInUrl());
        await page.GotoAsync("/activity");
        await Expect(page).ToHaveURLAsync(SignInUrl());
    }

    [GeneratedRegex("/signin(\\?|$)")]
    private static partial Regex SignInUrl();
}
