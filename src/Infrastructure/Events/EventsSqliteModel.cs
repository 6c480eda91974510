using Microsoft.EntityFrameworkCore;
using Platform.Domain.Events;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Events;

/// <summary>
/// SQLite generates a key only for a table's single <c>INTEGER PRIMARY KEY</c>, so there the events are keyed by their
/// sequence alone (AUTOINCREMENT: never reused), and <c>tx</c> is always 0: one writer at a time holds the database
/// from its first write to its commit, so the sequence is the commit order and every event is final when visible.
/// </summary>
internal sealed class EventsSqliteModel : ISqliteModelAdjustments
{
    public void Adjust(ModelBuilder modelBuilder)
    {
        var events = modelBuilder.Entity<ChangeEvent>();
        events.HasKey(e => e.Id);
        events.Property(e => e.Tx).HasDefaultValueSql("0");
    }
}
