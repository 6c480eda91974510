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
    public async Task<IReadOnlyList<ChangeEvent>> ReadAsync(CompanyId companyId, EventCursor? after, int limit, CancellationToken ct) =>
        await ReadBelowAsync(companyId, after, limit, await HorizonAsync(ct), ct);

    public async Task<IReadOnlyList<ChangeEvent>> ReadBelowAsync(CompanyId companyId, EventCursor? after, int limit, long horizon, CancellationToken ct)
    {
        var events = db.ChangeEvents.AsNoTracking().Where(e => e.CompanyId == companyId && e.Tx < horizon);
        if (after is { } cursor) events = events.Where(e => e.Tx > cursor.Tx || (e.Tx == cursor.Tx && e.Id > cursor.Id));
        return await events.OrderBy(e => e.Tx).ThenBy(e => e.Id).Take(limit).ToListAsync(ct);
    }

    public async Task<EventCursor?> EndAsync(CompanyId companyId, CancellationToken ct)
    {
        var horizon = await HorizonAsync(ct);
        var last = await db.ChangeEvents.AsNoTracking().Where(e => e.CompanyId == companyId && e.Tx < horizon)
            .OrderByDescending(e => e.Tx).ThenByDescending(e => e.Id)
            .Select(e => new { e.Tx, e.Id })
            .FirstOrDefaultAsync(ct);
        return last is null ? null : new EventCursor(last.Tx, last.Id);
    }

    public Task<ChangeEvent?> FindAsync(CompanyId companyId, long id, CancellationToken ct) =>
        db.ChangeEvents.AsNoTracking().FirstOrDefaultAsync(e => e.CompanyId == companyId && e.Id == id, ct);

    public async Task<long> HorizonAsync(CancellationToken ct) => db.Database.IsNpgsql()
        ? (await db.Database.SqlQueryRaw<long>("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS \"Value\"").ToListAsync(ct)).Single()
        : long.MaxValue;
}
