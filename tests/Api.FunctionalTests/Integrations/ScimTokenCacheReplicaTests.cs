using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.Application.Integrations;

namespace Platform.Api.FunctionalTests.Integrations;

/// <summary>
/// Each server keeps the tokens it verified lately, so that a SCIM request needs no database round trip to
/// authenticate; a token reset must still be refused at once where it happened and within a second everywhere else.
/// </summary>
public sealed class ScimTokenCacheReplicaTests
{
    [Fact]
    public async Task TokenReset_ThroughOneServer_IsRefusedByTheOtherWithinOneSecond()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        await using var one = new SharedDatabaseFactory(database);
        await one.InitializeAsync();
        await using var other = new SharedDatabaseFactory(database);
        await other.InitializeAsync();
        var (company, oldToken) = await one.CreateCompanyWithOktaAsync();

        var usersUrl = $"/scim/v2/{company.Key}/Users";
        Assert.Equal(HttpStatusCode.OK, (await other.ScimClient(oldToken).GetAsync(usersUrl)).StatusCode);
        await WaitUntilCachedAsync(other, company, oldToken);

        var admin = await one.SignedInClientAsync(company);
        var reset = await (await admin.PostAsync($"/api/companies/{company.Key}/integrations/okta/reset-token", null)).ReadObjectAsync();
        var newToken = (string)reset["token"]!;

        Assert.Equal(HttpStatusCode.Unauthorized, (await one.ScimClient(oldToken).GetAsync(usersUrl)).StatusCode);
        var refusedAfter = await FirstRefusalAsync(other.ScimClient(oldToken), usersUrl, TimeSpan.FromSeconds(1));
        Assert.True(refusedAfter is not null, "The other server still accepted the old token a second after the reset.");
        Assert.Equal(HttpStatusCode.OK, (await other.ScimClient(newToken).GetAsync(usersUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.ScimClient(oldToken).GetAsync($"/scim/v1/{company.Key}/Groups")).StatusCode);
    }

    [Fact]
    public async Task CachedToken_OfOneCompany_IsRefusedForAnother()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        await using var server = new SharedDatabaseFactory(database);
        await server.InitializeAsync();
        var (first, token) = await server.CreateCompanyWithOktaAsync();
        var (second, _) = await server.CreateCompanyWithOktaAsync();

        Assert.Equal(HttpStatusCode.OK, (await server.ScimClient(token).GetAsync($"/scim/v2/{first.Key}/Users")).StatusCode);
        await WaitUntilCachedAsync(server, first, token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.ScimClient(token).GetAsync($"/scim/v2/{second.Key}/Users")).StatusCode);
    }

    /// <summary>
    /// The cache serves only while the server listens for other servers' resets; it starts listening in the
    /// background, so the first requests after a start may all go to the database.
    /// </summary>
    private static async Task WaitUntilCachedAsync(SharedDatabaseFactory server, TestCompany company, string token)
    {
        var companyKey = company.Key;
        var cache = server.Services.GetRequiredService<IScimClientCache>();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        var client = server.ScimClient(token);
        for (var attempt = 0; attempt < 100 && !cache.TryGet(companyKey, hash, out _); attempt++)
        {
            await Task.Delay(50);
            await client.GetAsync($"/scim/v2/{companyKey}/ServiceProviderConfig");
            await client.GetAsync($"/scim/v2/{companyKey}/Users?count=1");
        }

        Assert.True(cache.TryGet(companyKey, hash, out var cached), "The server never kept the verified token.");
        Assert.Equal(company.Id, cached.CompanyId);
    }

    private static async Task<TimeSpan?> FirstRefusalAsync(HttpClient client, string url, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        do
        {
            if ((await client.GetAsync(url)).StatusCode == HttpStatusCode.Unauthorized) return clock.Elapsed;
            await Task.Delay(20);
        }
        while (clock.Elapsed < within);

        return null;
    }
}
