using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim.Filtering;

/// <summary>Filters, sorts, cursors and searches on Citus run every statement on the company's one shard.</summary>
public sealed class CitusFilterRoutingTests(CitusPlatformApiFactory factory) : IClassFixture<CitusPlatformApiFactory>
{
    [CitusFact]
    public async Task FiltersSortsAndCursors_OnCitus_RunOnOneShard()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var root = $"/scim/v2/{company.Key}";
        var ada = await factory.CreateUserAsync(company.Id, "ada@example.com", "Ada");
        await factory.CreateUserAsync(company.Id, "bob@example.com", "Bob");
        await factory.CreateGroupAsync(company.Id, "Admins", [ada]);

        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using (var reset = new NpgsqlCommand("SELECT citus_stat_counters_reset((SELECT oid FROM pg_database WHERE datname = current_database()))", connection))
        {
            await reset.ExecuteNonQueryAsync();
        }

        foreach (var query in new[]
        {
            "Users?filter=" + Uri.EscapeDataString("emails[type eq \"work\" and value co \"@\"] or not (title pr) or groups.value pr"),
            "Users?sortBy=emails&sortOrder=descending&startIndex=2&count=1",
            "Users?cursor=&count=1&sortBy=displayName",
            "Groups?filter=" + Uri.EscapeDataString($"members[value eq \"{ada}\"] or displayName co \"x\"") + "&sortBy=meta.lastModified",
        })
        {
            Assert.Equal(HttpStatusCode.OK, (await scim.GetAsync($"{root}/{query}")).StatusCode);
        }

        var search = new JsonObject { ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:SearchRequest"), ["filter"] = "displayName sw \"a\"" };
        Assert.Equal(HttpStatusCode.OK, (await scim.PostScim($"{root}/.search", search, "v2")).StatusCode);

        await using var counters = new NpgsqlCommand(
            "SELECT query_execution_single_shard, query_execution_multi_shard FROM citus_stat_counters((SELECT oid FROM pg_database WHERE datname = current_database()))", connection);
        await using var row = await counters.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        var (single, multi) = (row.GetInt64(0), row.GetInt64(1));
        Assert.True(multi == 0, $"{multi} statements ran on more than one shard ({single} on one)");
        Assert.True(single > 5, $"only {single} statements ran on one shard");
    }
}
