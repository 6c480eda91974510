using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Application.Common.Throttling;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Common;

/// <summary>
/// The PostgreSQL side of <see cref="IRateSpendLedger"/>: one statement adds this replica's spend to its rows in
/// <c>rate_spends</c>, one reads the rows other replicas changed since the last look; the difference to what was seen
/// before is their spend. On the embedded SQLite database there is one process, so there is nobody to tell.
/// </summary>
internal sealed class RateSpendLedger(IServiceScopeFactory scopes) : IRateSpendLedger, IDisposable
{
    private static readonly TimeSpan ReadOverlap = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);
    private readonly Guid _replica = Guid.NewGuid();
    private readonly Dictionary<(CompanyId, string, Guid), long> _seen = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset? _lastLook;
    private int _exchanges;

    public async Task<IReadOnlyList<BucketSpend>> ExchangeAsync(IReadOnlyList<BucketSpend> spentHere, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        if (db.Database.ProviderName != "Npgsql.EntityFrameworkCore.PostgreSQL") return [];

        await _gate.WaitAsync(ct);
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            if (spentHere.Count > 0) await AddAsync(connection, spentHere, ct);
            if (++_exchanges % 3000 == 1) await PruneAsync(connection, ct);
            return await ReadOthersAsync(connection, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task AddAsync(NpgsqlConnection connection, IReadOnlyList<BucketSpend> spent, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO rate_spends (company_id, bucket, replica, spent, updated_at)
            SELECT c, b, @replica, s, clock_timestamp() FROM unnest(@companies, @buckets, @spent) AS t(c, b, s)
            ON CONFLICT (company_id, bucket, replica)
            DO UPDATE SET spent = rate_spends.spent + excluded.spent, updated_at = excluded.updated_at
            """,
            connection);
        command.Parameters.AddWithValue("replica", _replica);
        command.Parameters.AddWithValue("companies", spent.Select(s => s.CompanyId.Value).ToArray());
        command.Parameters.AddWithValue("buckets", spent.Select(s => s.Bucket).ToArray());
        command.Parameters.AddWithValue("spent", spent.Select(s => s.Spent).ToArray());
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<IReadOnlyList<BucketSpend>> ReadOthersAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var first = _lastLook is null;
        await using var command = new NpgsqlCommand(
            """
            SELECT clock_timestamp();
            SELECT company_id, bucket, replica, spent FROM rate_spends WHERE replica <> @replica AND updated_at > @since;
            """,
            connection);
        command.Parameters.AddWithValue("replica", _replica);
        command.Parameters.AddWithValue("since", first ? DateTimeOffset.MinValue : _lastLook!.Value - ReadOverlap);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var now = reader.GetFieldValue<DateTimeOffset>(0);
        await reader.NextResultAsync(ct);

        var theirs = new Dictionary<(CompanyId, string), long>();
        while (await reader.ReadAsync(ct))
        {
            var row = (new CompanyId(reader.GetGuid(0)), reader.GetString(1), reader.GetGuid(2));
            var total = reader.GetInt64(3);
            var before = _seen.GetValueOrDefault(row);
            _seen[row] = total;
            if (first || total <= before) continue;
            theirs[(row.Item1, row.Item2)] = theirs.GetValueOrDefault((row.Item1, row.Item2)) + (total - before);
        }

        _lastLook = now;
        return [.. theirs.Select(t => new BucketSpend(t.Key.Item1, t.Key.Item2, t.Value))];
    }

    public void Dispose() => _gate.Dispose();

    private static async Task PruneAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        // now(), not clock_timestamp(): the same instant for a statement of its own, and Citus refuses a volatile
        // function in a modification's WHERE (the ledger is a Citus local table there, ADR 0015).
        await using var command = new NpgsqlCommand("DELETE FROM rate_spends WHERE updated_at < now() - @retention", connection);
        command.Parameters.AddWithValue("retention", Retention);
        await command.ExecuteNonQueryAsync(ct);
    }
}
