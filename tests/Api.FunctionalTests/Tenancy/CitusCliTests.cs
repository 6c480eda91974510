using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Api.Cli;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.Infrastructure.Persistence;

namespace Platform.Api.FunctionalTests.Tenancy;

/// <summary>
/// The operator's verbs on Citus: <c>migrate</c> distributes the schema once and then finds nothing to do, the other
/// verbs work as on PostgreSQL, and a migration written after the tables were distributed still applies.
/// </summary>
public sealed class CitusCliTests(CitusPlatformApiFactory factory) : IClassFixture<CitusPlatformApiFactory>
{
    [CitusFact]
    public async Task Migrate_Twice_LeavesOneDistributedSchema()
    {
        var before = await CitusTablesAsync(factory.ConnectionString);

        Assert.Equal(0, (await RunAsync("migrate")).Exit);
        Assert.Equal(0, (await RunAsync("migrate")).Exit);

        Assert.Equal(before, await CitusTablesAsync(factory.ConnectionString));
        var tables = before.Select(t => t.Split(' ')).ToList();
        Assert.Equal(["companies", "data_protection_keys"], tables.Where(t => t[1] == "reference").Select(t => t[0]));
        var distributed = tables.Where(t => t[1] == "distributed").ToList();
        Assert.Equal(
            ["accounts", "api_keys", "audit_entries", "change_events", "group_members", "groups", "integrations", "scim_requests", "seen_extensions", "users", "webhook_attempts"],
            distributed.Select(t => t[0]));
        Assert.Single(distributed.Select(t => t[2]).Distinct());
        Assert.Equal(["rate_spends", "webhook_endpoints"], tables.Where(t => t[1] == "local").Select(t => t[0]));
        Assert.Equal(15, tables.Count);
    }

    [CitusFact]
    public async Task CompanyAndIntegrationVerbs_OnCitus_GiveATokenThatWorksOverScim()
    {
        var company = JsonNode.Parse((await RunAsync("companies", "create", $"Citus {Guid.NewGuid():N}"[..16], "--json")).Stdout)!;
        var key = (string)company["companyKey"]!;
        var added = JsonNode.Parse((await RunAsync("integrations", "add", "okta", "--company", key, "--json")).Stdout)!;

        var response = await factory.ScimClient((string)added["token"]!).GetAsync($"/scim/v2/{key}/Users?startIndex=1&count=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [CitusFact]
    public async Task MigrationsAfterDistribution_Apply_AndNewTablesAreDistributed()
    {
        var connectionString = await CitusCluster.Instance.CreateDatabaseAsync("platform_citus_later");
        var options = DatabaseOptions.ForPostgres(new DbContextOptionsBuilder<PostgresPlatformDbContext>(), connectionString).Options;
        await using (var db = new PostgresPlatformDbContext(options))
        {
            var first = db.Database.GetMigrations().First();
            await db.GetInfrastructure().GetRequiredService<IMigrator>().MigrateAsync(first);
            await CitusDistribution.DistributeAsync(db, default);
        }

        await using (var db = new PostgresPlatformDbContext(options))
        {
            // The later migrations add columns to distributed tables and create a table with a foreign key to a reference table.
            await new DatabaseMigrator(db, distributeOnCitus: true).MigrateAsync(default);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        Assert.Contains("scim_requests distributed", (await CitusTablesAsync(connectionString)).Select(t => string.Join(' ', t.Split(' ')[..2])));
    }

    [CitusFact]
    public async Task TwoMigratorsAtOnce_OnAnEmptyDatabase_BothSucceed_AndDistributeOnce()
    {
        var connectionString = await CitusCluster.Instance.CreateDatabaseAsync("platform_citus_race");
        var options = DatabaseOptions.ForPostgres(new DbContextOptionsBuilder<PostgresPlatformDbContext>(), connectionString).Options;
        await using var first = new PostgresPlatformDbContext(options);
        await using var second = new PostgresPlatformDbContext(options);

        // Without the advisory lock the slower one would find a table half-way to distributed and fail.
        await Task.WhenAll(new DatabaseMigrator(first, distributeOnCitus: true).MigrateAsync(default), new DatabaseMigrator(second, distributeOnCitus: true).MigrateAsync(default));

        var tables = (await CitusTablesAsync(connectionString)).Select(t => t.Split(' ')).ToList();
        Assert.Equal(11, tables.Count(t => t[1] == "distributed"));
        Assert.Equal(2, tables.Count(t => t[1] == "reference"));
    }

    /// <summary>Each table Citus knows, as "name type co-location-group shard-count".</summary>
    private static async Task<List<string>> CitusTablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name::text || ' ' || citus_table_type || ' ' || colocation_id || ' ' || shard_count FROM citus_tables ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }

    private async Task<(int Exit, string Stdout)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await PlatformCli.RunAsync(args, stdout, stderr, factory.ConfigureCli);
        Assert.True(exit == 0, $"{string.Join(' ', args)}: exit {exit}: {stderr}");
        return (exit, stdout.ToString());
    }
}
