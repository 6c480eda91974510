using Microsoft.EntityFrameworkCore;
using Platform.Domain.Events.Webhooks;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Events.Webhooks;

/// <summary>
/// The delivery worker's statements on <c>webhook_endpoints</c>. Claiming takes due endpoints of every company with
/// <c>FOR UPDATE SKIP LOCKED</c> (replicas never wait for each other nor take the same endpoint) and gives each a
/// lease that the claim's short transaction commits: the HTTP requests happen outside any transaction, and a replica
/// that stops loses its endpoints when the lease ends. Every later write is conditional on the lease token, so a
/// replica whose lease ran out can no longer move the endpoint's position. On Citus the table is on the coordinator
/// (see <see cref="WebhookEndpointConfiguration"/>), so the claim across companies is one local statement.
/// </summary>
internal sealed class WebhookDeliveryStore(PlatformDbContext db)
{
    public async Task<EventsProgress> ProgressAsync(CancellationToken ct)
    {
        var sql = db.Database.IsNpgsql()
            ? """
              SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('change_events', 'id')::regclass), 0) AS "Seq",
                     pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS "Xmax"
              """
            : """SELECT coalesce(max(id), 0) AS "Seq", 0 AS "Xmax" FROM change_events""";
        return (await db.Database.SqlQueryRaw<EventsProgress>(sql).ToListAsync(ct)).Single();
    }

    /// <summary>
    /// Up to <paramref name="limit"/> endpoints that are enabled, not failed, not leased, and either due for a retry
    /// or not yet checked up to <paramref name="seq"/> (new events may be there), leased to <paramref name="token"/>.
    /// </summary>
    public async Task<IReadOnlyList<WebhookEndpoint>> ClaimAsync(long seq, int limit, Guid token, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            return await db.WebhookEndpoints.FromSql($"""
                UPDATE webhook_endpoints AS w SET leased_until = {leaseUntil}, lease_token = {token}
                FROM (SELECT company_id, id FROM webhook_endpoints
                      WHERE enabled AND failed_at IS NULL AND (leased_until IS NULL OR leased_until <= {now})
                        AND (next_attempt_at <= {now} OR (next_attempt_at IS NULL AND checked_through < {seq}))
                      ORDER BY next_attempt_at NULLS FIRST
                      LIMIT {limit}
                      FOR UPDATE SKIP LOCKED) AS due
                WHERE w.company_id = due.company_id AND w.id = due.id
                RETURNING w.*
                """).AsNoTracking().ToListAsync(ct);
        }

        // SQLite: one process delivers; a plain conditional update is the claim.
        var due = await db.WebhookEndpoints.AsNoTracking()
            .Where(e => e.Enabled && e.FailedAt == null && (e.LeasedUntil == null || e.LeasedUntil <= now)
                && (e.NextAttemptAt <= now || (e.NextAttemptAt == null && e.CheckedThrough < seq)))
            .OrderBy(e => e.NextAttemptAt)
            .Select(e => new { e.CompanyId, e.Id })
            .Take(limit)
            .ToListAsync(ct);
        foreach (var endpoint in due)
        {
            await db.WebhookEndpoints
                .Where(e => e.CompanyId == endpoint.CompanyId && e.Id == endpoint.Id && (e.LeasedUntil == null || e.LeasedUntil <= now))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.LeasedUntil, leaseUntil).SetProperty(e => e.LeaseToken, token), ct);
        }

        return due.Count == 0 ? [] : await db.WebhookEndpoints.AsNoTracking().Where(e => e.LeaseToken == token).ToListAsync(ct);
    }

    /// <summary>Writes the delivery state back while the lease holds (and ends it when <paramref name="release"/>); false when the lease was lost.</summary>
    public async Task<bool> SaveAsync(WebhookEndpoint endpoint, WebhookDeliveryState state, Guid token, bool release, CancellationToken ct)
    {
        DateTimeOffset? leasedUntil = release ? null : endpoint.LeasedUntil;
        Guid? leaseToken = release ? null : token;
        var updated = await db.WebhookEndpoints
            .Where(e => e.CompanyId == endpoint.CompanyId && e.Id == endpoint.Id && e.LeaseToken == token)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.CursorTx, state.Cursor.Tx)
                .SetProperty(e => e.CursorId, state.Cursor.Id)
                .SetProperty(e => e.FailedAttempts, state.FailedAttempts)
                .SetProperty(e => e.FirstFailedAt, state.FirstFailedAt)
                .SetProperty(e => e.NextAttemptAt, state.NextAttemptAt)
                .SetProperty(e => e.FailedAt, state.FailedAt)
                .SetProperty(e => e.LastDeliveredAt, state.LastDeliveredAt)
                .SetProperty(e => e.CheckedThrough, state.CheckedThrough)
                .SetProperty(e => e.LeasedUntil, leasedUntil)
                .SetProperty(e => e.LeaseToken, leaseToken), ct);
        return updated == 1;
    }

    /// <summary>Ends a lease without changing anything else (shutting down, or after an error).</summary>
    public Task ReleaseAsync(WebhookEndpoint endpoint, Guid token, CancellationToken ct) =>
        db.WebhookEndpoints
            .Where(e => e.CompanyId == endpoint.CompanyId && e.Id == endpoint.Id && e.LeaseToken == token)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LeasedUntil, (DateTimeOffset?)null).SetProperty(e => e.LeaseToken, (Guid?)null), ct);

    public async Task RecordAsync(WebhookAttempt attempt, CancellationToken ct)
    {
        db.WebhookAttempts.Add(attempt);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
