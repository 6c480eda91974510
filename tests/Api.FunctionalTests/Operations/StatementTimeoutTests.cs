using System.Net;
using Npgsql;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Operations;

/// <summary>A query stuck behind a lock is cut off by the statement timeout and answered 503, not held for ever.</summary>
public sealed class StatementTimeoutTests
{
    [Fact]
    public async Task Read_BlockedLongerThanTheStatementTimeout_Is503WithRetryAfter()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        await using var server = new SharedDatabaseFactory(database, new Dictionary<string, string?> { ["Database:StatementTimeoutSeconds"] = "1" });
        await server.InitializeAsync();
        var (company, token) = await server.CreateCompanyWithOktaAsync();
        var scim = server.ScimClient(token);
        Assert.Equal(HttpStatusCode.OK, (await scim.GetAsync($"/scim/v2/{company.Key}/Users")).StatusCode);

        await using var blocker = new NpgsqlConnection(database);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var lockUsers = new NpgsqlCommand("LOCK TABLE users IN ACCESS EXCLUSIVE MODE", blocker, transaction))
        {
            await lockUsers.ExecuteNonQueryAsync();
        }

        var response = await scim.GetAsync($"/scim/v2/{company.Key}/Users");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(int.TryParse(response.Headers.GetValues("Retry-After").Single(), out _));
        Assert.Contains("urn:ietf:params:scim:api:messages:2.0:Error", await response.Content.ReadAsStringAsync());
    }
}
