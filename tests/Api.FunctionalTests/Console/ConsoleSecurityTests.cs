using System.Net;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Console;

/// <summary>The console's HTTP-level guarantees: headers, cookies, antiforgery, and who may do what.</summary>
public sealed class ConsoleSecurityTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Theory]
    [InlineData("/signin")]
    [InlineData("/settings/integrations")]
    [InlineData("/no-such-page")]
    public async Task ConsoleResponses_CarrySecurityHeaders(string path)
    {
        var response = await factory.ConsoleClient().GetAsync(path);

        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task ApiReference_IsNotUnderTheConsoleCsp_ButCannotBeFramed()
    {
        var response = await factory.CreateClient().GetAsync("/docs/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Content-Security-Policy"), "Scalar's page runs inline scripts; the console's CSP would break it.");
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task SignInPost_WithoutAntiforgeryToken_Is400AndCreatesNoSession()
    {
        var company = await factory.CreateCompanyAsync();
        var client = factory.ConsoleClient();

        var response = await client.PostFormAsync("/signin", ("Form.CompanyKey", company.Key), ("Form.Email", company.AdminEmail), ("Form.Password", company.AdminPassword));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The form could not be accepted", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(SetCookies(response), cookie => cookie.StartsWith("platform.session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_WithRightPassword_SetsAnHttpOnlySameSiteSessionCookie()
    {
        var company = await factory.CreateCompanyAsync();

        var response = await factory.ConsoleClient().SignInWithFormAsync(company.Key, company.AdminEmail, company.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/settings/integrations", response.Headers.Location?.OriginalString);
        var session = Assert.Single(SetCookies(response), cookie => cookie.StartsWith("platform.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsTheErrorAndCreatesNoSession()
    {
        var company = await factory.CreateCompanyAsync();
        var client = factory.ConsoleClient();

        var response = await client.SignInWithFormAsync(company.Key, company.AdminEmail, "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The company key, email or password is not right.", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(SetCookies(response), cookie => cookie.StartsWith("platform.session=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/settings/integrations")).StatusCode);
    }

    [Fact]
    public async Task SignIn_AfterRepeatedFailures_ShowsTheLockout()
    {
        var company = await factory.CreateCompanyAsync();
        var client = factory.ConsoleClient();
        for (var i = 0; i < 5; i++) await client.SignInWithFormAsync(company.Key, company.AdminEmail, "wrong");

        var response = await client.SignInWithFormAsync(company.Key, company.AdminEmail, company.AdminPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("locked for 15 minutes", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(SetCookies(response), cookie => cookie.StartsWith("platform.session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConsolePage_WithoutSession_RedirectsToSignIn()
    {
        var response = await factory.ConsoleClient().GetAsync("/settings/integrations/okta");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin", response.Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData("/settings/integrations/okta")]
    [InlineData("/settings/integrations/okta/reset")]
    public async Task AdminPages_AsMember_Are403(string path)
    {
        var (company, _) = await factory.CreateCompanyWithOktaAsync();
        var member = await factory.SignedInClientAsync(company, admin: false);

        var response = await member.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Only an administrator can do that", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/settings/integrations/okta")]
    [InlineData("/settings/integrations/okta/reset")]
    public async Task AdminPosts_AsMemberWithAValidForm_Are403AndChangeNothing(string path)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var member = await factory.SignedInClientAsync(company, admin: false);
        var antiforgery = await member.AntiforgeryTokenAsync("/settings/integrations");

        var response = await member.PostFormAsync(path, ("__RequestVerificationToken", antiforgery));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.ScimClient(token).GetAsync($"/scim/v1/{company.Key}/Users")).StatusCode);
    }

    [Fact]
    public async Task ResetPost_AsAdminWithoutAntiforgeryToken_Is400AndKeepsTheToken()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var admin = await factory.SignedInClientAsync(company);

        var response = await admin.PostFormAsync("/settings/integrations/okta/reset");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.ScimClient(token).GetAsync($"/scim/v1/{company.Key}/Users")).StatusCode);
    }

    [Fact]
    public async Task PagesShowingATokenAndEveryOtherPage_AreNotCached()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);
        var antiforgery = await admin.AntiforgeryTokenAsync("/settings/integrations");

        var added = await admin.PostFormAsync("/settings/integrations/okta", ("__RequestVerificationToken", antiforgery));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Null(added.Headers.Location);
        Assert.True(added.Headers.CacheControl?.NoStore, "The page with the token must not be stored by the browser or a proxy.");
        Assert.Contains("it will not be shown again", await added.Content.ReadAsStringAsync());
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}
