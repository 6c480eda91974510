using Platform.Domain.Events;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events;

/// <summary>Reads a company's events in order, only as far as they are final (docs/events.md, "Ordering").</summary>
public interface IChangeEventReader
{
    /// <summary>
    /// Up to <paramref name="limit"/> events after <paramref name="after"/> (from the first when null), in (tx, id)
    /// order, each from a transaction older than every transaction still running: no event can later appear before
    /// the last one returned.
    /// </summary>
    Task<IReadOnlyList<ChangeEvent>> ReadAsync(CompanyId companyId, EventCursor? after, int limit, CancellationToken ct);

    /// <summary>
    /// The visibility horizon: events of transactions below it are final (<see cref="long.MaxValue"/> on SQLite). Read
    /// in a statement of its own; pass it to <see cref="ReadBelowAsync"/>.
    /// </summary>
    Task<long> HorizonAsync(CancellationToken ct);

    /// <summary>As <see cref="ReadAsync"/>, below a horizon read earlier with <see cref="HorizonAsync"/>.</summary>
    Task<IReadOnlyList<ChangeEvent>> ReadBelowAsync(CompanyId companyId, EventCursor? after, int limit, long horizon, CancellationToken ct);

    /// <summary>The position after the company's last final event (null when it has none): where a new follower starts.</summary>
    Task<EventCursor?> EndAsync(CompanyId companyId, CancellationToken ct);

    /// <summary>One event by its place in the company's sequence (<see cref="ChangeEvent.Id"/>), or null.</summary>
    Task<ChangeEvent?> FindAsync(CompanyId companyId, long id, CancellationToken ct);
}
