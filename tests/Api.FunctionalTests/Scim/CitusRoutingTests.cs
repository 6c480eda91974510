using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.Application.Integrations;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>
/// Every SCIM request is routed to one shard: Citus's own counters (<c>citus_stat_counters</c>, per database) count
/// the statements it ran on a single shard and those it split across shards. One company per flow, so the request
/// log's batched <c>COPY</c> stays on that company's shard too.
/// </summary>
public sealed class CitusRoutingTests(CitusPlatformApiFactory factory) : IClassFixture<CitusPlatformApiFactory>
{
    [CitusTheory]
    [InlineData("okta-scim11")]
    [InlineData("okta-scim20")]
    [InlineData("entra-scim20")]
    public async Task ScimFlow_OnCitus_RunsEveryStatementOnOneShard(string transcript)
    {
        var log = factory.Services.GetRequiredService<IScimRequestLog>();
        await log.FlushAsync(default);
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, "SELECT citus_stat_counters_reset((SELECT oid FROM pg_database WHERE datname = current_database()))");

        await WireTranscriptTests.ReplayAsync(factory, transcript);
        await log.FlushAsync(default);

        await using var counters = new NpgsqlCommand(
            "SELECT query_execution_single_shard, query_execution_multi_shard FROM citus_stat_counters((SELECT oid FROM pg_database WHERE datname = current_database()))", connection);
        await using var row = await counters.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        var (single, multi) = (row.GetInt64(0), row.GetInt64(1));
        Assert.True(multi == 0, $"{multi} statements ran on more than one shard ({single} on one)");
        Assert.True(single > 20, $"only {single} statements ran on one shard");
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
