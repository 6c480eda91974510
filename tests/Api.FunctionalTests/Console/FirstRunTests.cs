using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Console;

/// <summary>On an empty database (its own, so no other test's company exists) the sign-in page says how to begin.</summary>
public sealed class FirstRunTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public async Task SignInPage_WithoutAnyCompany_ShowsTheCommandThatCreatesOne()
    {
        var html = await factory.ConsoleClient().GetStringAsync("/signin");

        Assert.Contains("No company exists yet", html);
        Assert.Contains("companies create &quot;Acme&quot; --admin-email admin@acme.example", html);
    }
}
