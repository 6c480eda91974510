using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Integrations;

/// <summary>Okta's "Test API Credentials" and every way a token can be wrong, in both SCIM versions.</summary>
public sealed class ScimAuthenticationTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    public static TheoryData<string, string> VersionsAndHeaderStyles => new()
    {
        { "v1", "{0}" },
        { "v1", "Bearer {0}" },
        { "v2", "{0}" },
        { "v2", "Bearer {0}" },
        { "v2", "bearer   {0}  " },
        { "v1", "BEARER {0}" },
    };

    [Theory]
    [MemberData(nameof(VersionsAndHeaderStyles))]
    public async Task CredentialTest_WithRightToken_AnswersEmptyListResponses(string version, string headerFormat)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(string.Format(System.Globalization.CultureInfo.InvariantCulture, headerFormat, token));

        foreach (var path in new[] { "Users?startIndex=1&count=2", "Groups?startIndex=1&count=100" })
        {
            var response = await scim.GetAsync($"/scim/{version}/{company.Key}/{path}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(version == "v1" ? "application/json" : "application/scim+json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.ReadObjectAsync();
            Assert.Equal(version == "v1" ? "urn:scim:schemas:core:1.0" : "urn:ietf:params:scim:api:messages:2.0:ListResponse", (string)body["schemas"]![0]!);
            Assert.Equal(System.Text.Json.JsonValueKind.Number, body["totalResults"]!.GetValueKind());
            Assert.Equal(System.Text.Json.JsonValueKind.Number, body["startIndex"]!.GetValueKind());
            Assert.Equal(System.Text.Json.JsonValueKind.Number, body["itemsPerPage"]!.GetValueKind());
            Assert.Equal(1, (int)body["startIndex"]!);
            Assert.IsType<JsonArray>(body["Resources"]);
        }
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task Request_WithoutAuthorization_Is401InTheVersionsErrorShape(string version)
    {
        var (company, _) = await factory.CreateCompanyWithOktaAsync();

        var response = await factory.ScimClient(null).GetAsync($"/scim/{version}/{company.Key}/Users?startIndex=1&count=2");

        await AssertUnauthorized(response, version);
    }

    [Theory]
    [InlineData("v1", "non-token")]
    [InlineData("v2", "non-token")]
    [InlineData("v2", "Bearer")]
    [InlineData("v2", "Basic dXNlcjpwYXNz")]
    [InlineData("v1", "Bearer plat_scim_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Request_WithWrongOrMalformedToken_Is401(string version, string authorization)
    {
        var (company, _) = await factory.CreateCompanyWithOktaAsync();

        var response = await factory.ScimClient(authorization).GetAsync($"/scim/{version}/{company.Key}/Users?startIndex=1&count=2");

        await AssertUnauthorized(response, version);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task Token_OfAnotherCompany_Is401AndAnswersLikeAnUnknownCompany(string version)
    {
        var (company, _) = await factory.CreateCompanyWithOktaAsync();
        var (_, otherToken) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient($"Bearer {otherToken}");

        var wrongCompany = await scim.GetAsync($"/scim/{version}/{company.Key}/Users");
        var unknownCompany = await scim.GetAsync($"/scim/{version}/no-such-company/Users");

        await AssertUnauthorized(wrongCompany, version);
        await AssertUnauthorized(unknownCompany, version);
        Assert.Equal(await wrongCompany.Content.ReadAsStringAsync(), await unknownCompany.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reset_OldTokenStopsWorking_NewTokenWorks_DataUntouched()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);
        var added = await (await admin.PostAsync($"/api/companies/{company.Key}/integrations/okta", null)).ReadObjectAsync();
        var oldToken = (string)added["token"]!;
        Assert.Equal(HttpStatusCode.OK, (await factory.ScimClient(oldToken).GetAsync($"/scim/v1/{company.Key}/Users")).StatusCode);

        var reset = await (await admin.PostAsync($"/api/companies/{company.Key}/integrations/okta/reset-token", null)).ReadObjectAsync();
        var newToken = (string)reset["token"]!;

        Assert.NotEqual(oldToken, newToken);
        foreach (var version in new[] { "v1", "v2" })
        {
            await AssertUnauthorized(await factory.ScimClient(oldToken).GetAsync($"/scim/{version}/{company.Key}/Users"), version);
            Assert.Equal(HttpStatusCode.OK, (await factory.ScimClient($"Bearer {newToken}").GetAsync($"/scim/{version}/{company.Key}/Users")).StatusCode);
        }

        Assert.Equal((string)added["createdAt"]!, (string)reset["createdAt"]!);
        Assert.NotNull(reset["tokenRotatedAt"]);
        var audit = await (await admin.GetAsync($"/api/companies/{company.Key}/audit")).Content.ReadAsStringAsync();
        Assert.Contains("integration.added", audit);
        Assert.Contains("company.created", audit);
    }

    [Fact]
    public async Task SuccessfulRequest_IsShownAsLastUsed()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var admin = await factory.SignedInClientAsync(company);
        Assert.Null((await (await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta")).ReadObjectAsync())["lastUsedAt"]);

        await factory.ScimClient(token).GetAsync($"/scim/v2/{company.Key}/Users?startIndex=1&count=2");

        Assert.NotNull((await (await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta")).ReadObjectAsync())["lastUsedAt"]);
    }

    [Theory]
    [InlineData("/scim/v2/{0}/Users/")]
    [InlineData("/scim/v2/{0}//Users")]
    [InlineData("/scim/v1/{0}//Groups/")]
    public async Task BaseUrl_WithTrailingOrDoubledSlash_StillWorks(string pathFormat)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();

        var response = await factory.ScimClient(token).GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pathFormat, company.Key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownResourcePath_AfterAuthentication_IsScim404()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();

        var response = await factory.ScimClient(token).GetAsync($"/scim/v2/{company.Key}/Widgets");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("404", (string)(await response.ReadObjectAsync())["status"]!);
    }

    private static async Task AssertUnauthorized(HttpResponseMessage response, string version)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.ReadObjectAsync();
        var detail = (string)body["detail"]!;
        Assert.Contains("API Token field", detail);
        Assert.Equal("401", (string)body["status"]!);
        if (version == "v1")
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(401, (int)body["Errors"]![0]!["code"]!);
            Assert.Equal(detail, (string)body["Errors"]![0]!["description"]!);
        }
        else
        {
            Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", (string)body["schemas"]![0]!);
        }
    }
}
