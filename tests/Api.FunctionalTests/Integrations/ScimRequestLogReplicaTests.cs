using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.Application.Integrations;
using Platform.Infrastructure.Integrations;

namespace Platform.Api.FunctionalTests.Integrations;

/// <summary>The request log lives in the database: it survives a restart and every replica sees the same one.</summary>
public sealed class ScimRequestLogReplicaTests
{
    [Fact]
    public async Task Log_AfterACleanRestart_IsStillThere()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        TestCompany company;
        await using (var first = new SharedDatabaseFactory(database))
        {
            await first.InitializeAsync();
            (company, var token) = await first.CreateCompanyWithOktaAsync();
            await first.ScimClient(token).GetAsync($"/scim/v1/{company.Key}/Users?startIndex=1&count=2");
            await first.ScimClient("plat_scim_old").GetAsync($"/scim/v1/{company.Key}/Users?startIndex=1&count=2");

            // No explicit flush: stopping the server writes what is queued.
        }

        await using var second = new SharedDatabaseFactory(database);
        await second.InitializeAsync();
        var admin = await second.SignedInClientAsync(company);
        var list = await (await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests")).ReadObjectAsync();

        Assert.Equal([401, 200], list["requests"]!.AsArray().Select(r => (int)r!["status"]!));
        Assert.Contains("The API token was not accepted", await admin.GetStringAsync("/settings/integrations/okta"));
    }

    [Fact]
    public async Task TwoServers_OnOneDatabase_ShowTheSameFailures()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        await using var one = new SharedDatabaseFactory(database);
        await one.InitializeAsync();
        await using var other = new SharedDatabaseFactory(database);
        await other.InitializeAsync();
        var (company, _) = await one.CreateCompanyWithOktaAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await one.ScimClient("plat_scim_pasted-in-part").GetAsync($"/scim/v2/{company.Key}/Users")).StatusCode);
        await one.Services.GetRequiredService<IScimRequestLog>().FlushAsync(default);

        var admin = await other.SignedInClientAsync(company);
        var failures = await (await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests?status=4xx")).ReadObjectAsync();
        Assert.Equal("WrongToken", (string?)failures["requests"]![0]!["refusal"]);
        var html = await admin.GetStringAsync("/settings/integrations/okta");
        Assert.Contains("The API token was not accepted", html);
        Assert.Contains("last attempt was refused", html);
    }

    [Fact]
    public async Task Pruner_KeepsOnlyTheNewestRowsPerCompany()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        await using var server = new SharedDatabaseFactory(database, new Dictionary<string, string?> { ["RequestLog:MaxRowsPerCompany"] = "3" });
        await server.InitializeAsync();
        var (company, token) = await server.CreateCompanyWithOktaAsync();
        var (other, otherToken) = await server.CreateCompanyWithOktaAsync();
        for (var i = 1; i <= 5; i++) await server.ScimClient(token).GetAsync($"/scim/v2/{company.Key}/Users?startIndex={i}&count=1");
        await server.ScimClient(otherToken).GetAsync($"/scim/v2/{other.Key}/Users");
        await server.Services.GetRequiredService<IScimRequestLog>().FlushAsync(default);

        var deleted = await server.Services.GetRequiredService<ScimRequestPruner>().PruneAsync(default);

        var admin = await server.SignedInClientAsync(company);
        var list = await (await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests")).ReadObjectAsync();
        Assert.Equal(2, deleted);
        Assert.Equal(
            ["/Users?startIndex=5&count=1", "/Users?startIndex=4&count=1", "/Users?startIndex=3&count=1"],
            list["requests"]!.AsArray().Select(r => (string)r!["path"]!));
        var otherList = await (await (await server.SignedInClientAsync(other)).GetAsync($"/api/companies/{other.Key}/integrations/okta/requests")).ReadObjectAsync();
        Assert.Equal(1, (int)otherList["total"]!);
    }
}
