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
}
