using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Integrations;

public sealed class OktaIntegrationAdminApiTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public async Task Add_AsAdmin_ShowsTokenOnceAndMaskedAfterwards()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);

        var added = await admin.PostAsync($"/api/companies/{company.Key}/integrations/okta", null);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var body = await added.ReadObjectAsync();
        var token = (string)body["token"]!;
        Assert.StartsWith("plat_scim_", token);
        Assert.True(token.Length >= "plat_scim_".Length + 43, "256 bits base64url-encoded is 43 characters");
        Assert.Equal($"{PlatformApiFactory.PublicBase}/scim/v1/{company.Key}", (string)body["scimV1BaseUrl"]!);
        Assert.Equal($"{PlatformApiFactory.PublicBase}/scim/v2/{company.Key}", (string)body["scimV2BaseUrl"]!);

        var shown = await (await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta")).ReadObjectAsync();
        Assert.Null(shown["token"]);
        var hint = (string)shown["tokenHint"]!;
        Assert.EndsWith(token[^4..], hint);
        Assert.DoesNotContain(token[10..^4], hint);
    }

    [Fact]
    public async Task Add_Twice_IsConflict()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);
        await admin.PostAsync($"/api/companies/{company.Key}/integrations/okta", null);

        var again = await admin.PostAsync($"/api/companies/{company.Key}/integrations/okta", null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal("integrations.already_exists", (string)(await again.ReadObjectAsync())["code"]!);
    }

    [Fact]
    public async Task Add_ConcurrentRequests_ExactlyOneWins()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => admin.PostAsync($"/api/companies/{company.Key}/integrations/okta", null)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task Endpoints_WithoutSession_Are401ProblemDetails()
    {
        var company = await factory.CreateCompanyAsync();
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.PostAsync($"/api/companies/{company.Key}/integrations/okta", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Endpoints_AsMember_Are403()
    {
        var company = await factory.CreateCompanyAsync();
        var member = await factory.SignedInClientAsync(company, admin: false);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/companies/{company.Key}/integrations/okta", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/companies/{company.Key}/integrations/okta/reset-token", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/companies/{company.Key}/integrations/okta")).StatusCode);
    }

    [Fact]
    public async Task Endpoints_ForAnotherCompany_Are404()
    {
        var (other, _) = await factory.CreateCompanyWithOktaAsync();
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/companies/{other.Key}/integrations/okta")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/companies/{other.Key}/integrations/okta/reset-token", null)).StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPassword_Is401AndGivesNoSession()
    {
        var company = await factory.CreateCompanyAsync();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostJsonAsync("/api/session", new { companyKey = company.Key, email = company.AdminEmail, password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/session")).StatusCode);
    }

    [Fact]
    public async Task SignIn_RepeatedFailures_LocksTheAccount_WithoutRevealingWhichAccountsExist()
    {
        var company = await factory.CreateCompanyAsync();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            await client.PostJsonAsync("/api/session", new { companyKey = company.Key, email = company.AdminEmail, password = "wrong" });
            await client.PostJsonAsync("/api/session", new { companyKey = company.Key, email = "nobody@example.test", password = "wrong" });
        }

        var locked = await client.PostJsonAsync("/api/session", new { companyKey = company.Key, email = company.AdminEmail, password = company.AdminPassword });
        var unknown = await client.PostJsonAsync("/api/session", new { companyKey = company.Key, email = "nobody@example.test", password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal((string)(await unknown.ReadObjectAsync())["detail"]!, (string)(await locked.ReadObjectAsync())["detail"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/session")).StatusCode);
    }

    [Fact]
    public async Task AddAndReset_WriteAuditEntries_WithoutTheToken()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);
        var first = (string)(await (await admin.PostAsync($"/api/companies/{company.Key}/integrations/okta", null)).ReadObjectAsync())["token"]!;
        var second = (string)(await (await admin.PostAsync($"/api/companies/{company.Key}/integrations/okta/reset-token", null)).ReadObjectAsync())["token"]!;

        var response = await admin.GetAsync($"/api/companies/{company.Key}/audit?action=integration.");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("integration.added", text);
        Assert.Contains("integration.token_rotated", text);
        Assert.Contains(company.AdminEmail, text);
        Assert.DoesNotContain(first, text);
        Assert.DoesNotContain(second, text);
    }

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task Reset_FromAnotherOrigin_IsRefused_AndTheTokenKeepsWorking(string header, string value)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var admin = await factory.SignedInClientAsync(company);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/companies/{company.Key}/integrations/okta/reset-token");
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.ScimClient(token).GetAsync($"/scim/v2/{company.Key}/Users")).StatusCode);
    }

    [Fact]
    public async Task Reset_FromTheConsolesOwnOrigin_Works()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);
        await admin.PostAsync($"/api/companies/{company.Key}/integrations/okta", null);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/companies/{company.Key}/integrations/okta/reset-token");
        request.Headers.TryAddWithoutValidation("Origin", admin.BaseAddress!.GetLeftPart(UriPartial.Authority));
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");

        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Reset_ByAnAdminWithAVeryLongEmail_IsAuditedWithoutFailing()
    {
        var company = await factory.CreateCompanyAsync();
        var email = new string('a', 240) + "@example.test";
        var account = await factory.SendAsync(async s => (await s.Send(new Platform.Application.Tenancy.CreateAccountCommand(company.Id, email, Platform.Domain.Tenancy.AccountRole.Admin))).Value);
        var admin = factory.CreateClient(new() { AllowAutoRedirect = false });
        (await admin.PostJsonAsync("/api/session", new { companyKey = company.Key, email, password = account.OneTimePassword })).EnsureSuccessStatusCode();
        await admin.PostAsync($"/api/companies/{company.Key}/integrations/okta", null);

        var reset = await admin.PostAsync($"/api/companies/{company.Key}/integrations/okta/reset-token", null);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("integration.token_rotated", await (await admin.GetAsync($"/api/companies/{company.Key}/audit")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SessionCookie_BehindATlsProxy_IsSecure_OnlyWhenTheProxyIsTrusted()
    {
        var company = await factory.CreateCompanyAsync();
        var body = new { companyKey = company.Key, email = company.AdminEmail, password = company.AdminPassword };

        async Task<string> SetCookie(HttpClient client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/session") { Content = JsonContent.Create(body) };
            request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https");
            var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            return string.Join("\n", response.Headers.GetValues("Set-Cookie"));
        }

        using var behindProxy = factory.WithWebHostBuilder(builder => builder.UseSetting("ReverseProxy:ForwardedHeaders", "true"));

        Assert.Contains("secure", await SetCookie(behindProxy.CreateClient()), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", await SetCookie(factory.CreateClient()), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Reset_ConcurrentRequests_EveryTokenHandedOutIsTheOneThatWorksOrWasReplacedAfterwards()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);
        await admin.PostAsync($"/api/companies/{company.Key}/integrations/okta", null);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => admin.PostAsync($"/api/companies/{company.Key}/integrations/okta/reset-token", null)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        var issued = new List<string>();
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.OK)) issued.Add((string)(await response.ReadObjectAsync())["token"]!);
        var working = 0;
        foreach (var token in issued)
        {
            if ((await factory.ScimClient(token).GetAsync($"/scim/v2/{company.Key}/Users")).StatusCode == HttpStatusCode.OK) working++;
        }

        Assert.NotEmpty(issued);
        Assert.Equal(1, working);
    }

    [Fact]
    public async Task SignOut_EndsTheSessionEverywhere_ACopiedCookieStopsWorking()
    {
        var company = await factory.CreateCompanyAsync();
        var browser = await factory.SignedInClientAsync(company);
        var signIn = await factory.CreateClient(new() { HandleCookies = false }).PostJsonAsync("/api/session", new { companyKey = company.Key, email = company.AdminEmail, password = company.AdminPassword });
        var copiedCookie = signIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("platform.session=", StringComparison.Ordinal)).Split(';')[0];
        var thief = factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        thief.DefaultRequestHeaders.Add("Cookie", copiedCookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync($"/api/companies/{company.Key}/integrations")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync("/api/session")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync($"/api/companies/{company.Key}/integrations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync($"/api/companies/{company.Key}/integrations")).StatusCode);
    }

    [Fact]
    public async Task NulCharacters_InAdminInput_Are400NotFaults()
    {
        var company = await factory.CreateCompanyAsync();
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var admin = await factory.SignedInClientAsync(company);

        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostJsonAsync("/api/session", new { companyKey = company.Key, email = "a\u0000@x.test", password = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostJsonAsync($"/api/companies/{company.Key}/groups", new { displayName = "g\u0000x" })).StatusCode);
        Assert.True((int)(await admin.GetAsync("/people?q=a%00b")).StatusCode < 500);
    }

    [Fact]
    public async Task AdminApiAnswers_AreNeverCached()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);

        var added = await admin.PostAsync($"/api/companies/{company.Key}/integrations/okta", null);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.True(added.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task ConsolePost_ToAReadOnlyPage_Is405()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var user = (string)(await (await factory.ScimClient(token).PostScim($"/scim/v2/{company.Key}/Users", ScimWire.OktaUser("v2", "ro@example.com"), "v2")).ReadObjectAsync())["id"]!;
        var admin = await factory.SignedInClientAsync(company);
        var antiforgery = await admin.AntiforgeryTokenAsync("/groups/new");

        var response = await admin.PostFormAsync($"/people/{user}", ("__RequestVerificationToken", antiforgery));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
