using Microsoft.Playwright;

namespace Platform.BrowserTests.Infrastructure;

/// <summary>What a person does on the console, in the words the page shows.</summary>
public static class ConsolePages
{
    public static async Task SignInAsync(this IPage page, string companyKey, string email, string password)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("Company key").FillAsync(companyKey);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>The antiforgery token of the signed-in page (every console page has one, in the sign-out form).</summary>
    public static Task<string> AntiforgeryTokenAsync(this IPage page) =>
        page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();

    /// <summary>
    /// Saves a full-page PNG when PLATFORM_SCREENSHOTS names a folder (e.g. docs/screenshots); otherwise does nothing,
    /// so that a test run never changes the working tree.
    /// </summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("PLATFORM_SCREENSHOTS") is not { Length: > 0 } folder) return;
        System.IO.Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
