using Microsoft.EntityFrameworkCore;
using Platform.Application.Events;
using Platform.Domain.Events;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Events;

/// <summary>
/// Reads events in (tx, id) order, and on PostgreSQL only those of transactions older than the oldest one still
/// running (<c>pg_snapshot_xmin</c>): a transaction that started writing earlier but commits later can then never
/// slip in behind a cursor a client already holds. The horizon is read first, in a statement of its own with no
/// table, so that on Citus it comes from the coordinator, the node whose transaction ids fill <c>tx</c>; the read
/// after it (a later snapshot, read committed) sees every transaction below it. On SQLite every visible event is final.
/// </summary>
internal sealed class ChangeEventReader(PlatformDbContext db) : IChangeEventReader
{
    public async Task<IReadOnlyList<ChangeEvent>> ReadAsync(CompanyId companyId, EventCursor? after, int limit, CancellationToken ct)
    {
        var horizon = db.Database.IsNpgsql() ? await HorizonAsync(ct) : long.MaxValue;
        var events = db.ChangeEvents.AsNoTracking().Where(e => e.CompanyId == companyId && e.Tx < horizon);
        if (after is { } cursor) events = events.Where(e => e.Tx > cursor.Tx || (e.Tx == cursor.Tx && e.Id > cursor.Id));
        return await events.OrderBy(e => e.Tx).ThenBy(e => e.Id).Take(limit).ToListAsync(ct);
    }

    private async Task<long> HorizonAsync(CancellationToken ct) =>
        (await db.Database.SqlQueryRaw<long>("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS \"Value\"").ToListAsync(ct)).Single();
}
