using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Common;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Operations;

/// <summary>
/// The rate budgets (ADR 0014): a company's SCIM budget answers 429 with Retry-After in the caller's version once
/// spent, and holds across replicas; wrong tokens and failed sign-ins are throttled without slowing the right token.
/// </summary>
public sealed class RateLimitingTests
{
    [Theory]
    [InlineData("v1", "{\"Errors\":[{\"description\"")]
    [InlineData("v2", "urn:ietf:params:scim:api:messages:2.0:Error")]
    public async Task ScimBudget_Spent_Answers429WithRetryAfterInTheCallersVersion(string version, string errorShape)
    {
        await using var server = await StartAsync(("RateLimiting:Scim:PermitsPerSecond", "0.01"), ("RateLimiting:Scim:Burst", "3"));
        var (company, token) = await server.CreateCompanyWithOktaAsync();
        var scim = server.ScimClient(token);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 4; i++)
        {
            var response = await scim.GetAsync($"/scim/{version}/{company.Key}/Users?count=1");
            statuses.Add(response.StatusCode);
            refused = response;
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.TryParse(refused!.Headers.GetValues("Retry-After").Single(), out var seconds) && seconds >= 1);
        Assert.Contains(errorShape, await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ScimBudget_BulkOfFourOperations_SpendsFourAndTheOverflowIs429ForThatOperation()
    {
        await using var server = await StartAsync(("RateLimiting:Scim:PermitsPerSecond", "0.01"), ("RateLimiting:Scim:Burst", "3"));
        var (company, token) = await server.CreateCompanyWithOktaAsync();
        var scim = server.ScimClient(token);
        var operations = new JsonArray([.. Enumerable.Range(0, 4).Select(i => (JsonNode)new JsonObject { ["method"] = "DELETE", ["path"] = $"/Users/u{i}" })]);

        var bulk = await scim.PostScim($"/scim/v2/{company.Key}/Bulk", new JsonObject { ["Operations"] = operations }, "v2");

        Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
        Assert.Equal(["404", "404", "404", "429"], (await bulk.ReadObjectAsync())["Operations"]!.AsArray().Select(o => (string)o!["status"]!));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await scim.GetAsync($"/scim/v2/{company.Key}/Users?count=1")).StatusCode);
    }

    [Fact]
    public async Task WrongTokenFlood_IsThrottled_AndTheRightTokenIsNot()
    {
        await using var server = await StartAsync(
            ("RateLimiting:ScimWrongTokenPerAddress:PermitsPerSecond", "0.01"), ("RateLimiting:ScimWrongTokenPerAddress:Burst", "5"));
        var (company, token) = await server.CreateCompanyWithOktaAsync();
        var guesser = server.ScimClient("Bearer plat_scim_guess");

        var flood = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++) flood.Add((await guesser.GetAsync($"/scim/v2/{company.Key}/Users")).StatusCode);
        var right = await server.ScimClient(token).GetAsync($"/scim/v2/{company.Key}/Users");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)), flood);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task WrongTokenFlood_ForOneCompany_IsThrottledPerCompany()
    {
        await using var server = await StartAsync(
            ("RateLimiting:ScimWrongTokenPerCompany:PermitsPerSecond", "0.01"), ("RateLimiting:ScimWrongTokenPerCompany:Burst", "2"));
        var (company, _) = await server.CreateCompanyWithOktaAsync();
        var (other, _) = await server.CreateCompanyWithOktaAsync();
        var guesser = server.ScimClient("Bearer plat_scim_guess");

        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync($"/scim/v2/{company.Key}/Users")).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.GetAsync($"/scim/v2/{company.Key}/Users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync($"/scim/v2/{other.Key}/Users")).StatusCode);
    }

    [Fact]
    public async Task SignIn_FailuresFromOneAddress_AreRefusedBeforeThePasswordIsChecked()
    {
        await using var server = await StartAsync(("RateLimiting:SignInPerAddress:PermitsPerSecond", "0.01"), ("RateLimiting:SignInPerAddress:Burst", "3"));
        var company = await server.CreateCompanyAsync();
        var client = server.CreateClient();
        var wrong = new { companyKey = company.Key, email = company.AdminEmail, password = "not-it" };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await client.PostAsJsonAsync("/api/session", wrong)).StatusCode);
        var refused = await client.PostAsJsonAsync("/api/session", wrong);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.TryParse(refused.Headers.GetValues("Retry-After").Single(), out _));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SignIn_AccountLockedByGuessesFromElsewhere_StillAdmitsItsPasswordFromACleanAddress()
    {
        await using var server = await StartAsync(("ReverseProxy:ForwardedHeaders", "true"), ("RateLimiting:SignInPerAddress:Burst", "20"));
        var company = await server.CreateCompanyAsync();
        var client = server.CreateClient();
        Task<HttpResponseMessage> SignIn(string address, string password)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/session")
            {
                Content = JsonContent.Create(new { companyKey = company.Key, email = company.AdminEmail, password }),
            };
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", address);
            return client.SendAsync(request);
        }

        for (var i = 0; i < Platform.Domain.Tenancy.Account.MaxFailedSignIns; i++) await SignIn("203.0.113.9", "guess");
        var fromTheGuesser = await SignIn("203.0.113.9", company.AdminPassword);
        var fromTheAdmin = await SignIn("198.51.100.7", company.AdminPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, fromTheGuesser.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromTheAdmin.StatusCode);
    }

    [Fact]
    public async Task ScimBudget_SpentThroughOneReplica_IsSpentOnTheOther()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        var budget = new Dictionary<string, string?> { ["RateLimiting:Scim:PermitsPerSecond"] = "0.01", ["RateLimiting:Scim:Burst"] = "6" };
        await using var one = new SharedDatabaseFactory(database, budget);
        await one.InitializeAsync();
        await using var other = new SharedDatabaseFactory(database, budget);
        await other.InitializeAsync();
        var (company, token) = await one.CreateCompanyWithOktaAsync();
        await other.Services.GetRequiredService<RateBudgetSync>().ExchangeAsync(default);

        for (var i = 0; i < 6; i++) Assert.Equal(HttpStatusCode.OK, (await one.ScimClient(token).GetAsync($"/scim/v2/{company.Key}/Users?count=1")).StatusCode);
        await one.Services.GetRequiredService<RateBudgetSync>().ExchangeAsync(default);
        await other.Services.GetRequiredService<RateBudgetSync>().ExchangeAsync(default);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await other.ScimClient(token).GetAsync($"/scim/v2/{company.Key}/Users?count=1")).StatusCode);
    }

    private static async Task<SharedDatabaseFactory> StartAsync(params (string Key, string Value)[] settings)
    {
        var server = new SharedDatabaseFactory(
            await PostgresServer.Instance.CreateDatabaseAsync("platform_test"),
            settings.ToDictionary(s => s.Key, s => (string?)s.Value));
        await server.InitializeAsync();
        return server;
    }
}
