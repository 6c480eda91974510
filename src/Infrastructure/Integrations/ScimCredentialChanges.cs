using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Domain.Integrations;

namespace Platform.Infrastructure.Integrations;

/// <summary>
/// Watches every save for a change that can make a verified token invalid (an integration's token replaced or the
/// integration removed; a company's key never changes and companies are not deleted) and empties <see cref="ScimClientCache"/> when it commits. On
/// PostgreSQL it also sends a notification on <see cref="Channel"/> inside the same transaction, which PostgreSQL
/// delivers to every replica's <see cref="ScimCredentialListener"/> when, and only if, the change commits.
/// </summary>
internal sealed class ScimCredentialChanges(ScimClientCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public const string Channel = "platform_scim_credentials";
    private const string NotifySql = $"SELECT pg_notify('{Channel}', '')";

    private static readonly ConditionalWeakTable<DbContext, object> Pending = [];
    private static readonly object Marker = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && Saving(db)) await db.Database.ExecuteSqlRawAsync(NotifySql, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db && Saving(db)) db.Database.ExecuteSqlRaw(NotifySql);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && Saved(db)) await db.Database.ExecuteSqlRawAsync(NotifySql, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } db && Saved(db)) db.Database.ExecuteSqlRaw(NotifySql);
        return result;
    }

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db && Pending.Remove(db)) cache.Invalidate();
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db) Pending.Remove(db);
    }

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    /// <summary>Before the save: true when a notification should go out now, inside the caller's transaction.</summary>
    private bool Saving(DbContext db)
    {
        if (!ChangesCredentials(db)) return false;
        cache.Invalidate();
        var inTransaction = db.Database.CurrentTransaction is not null;
        Pending.AddOrUpdate(db, inTransaction ? Marker : db);
        return inTransaction && db.Database.IsNpgsql();
    }

    /// <summary>
    /// After a save without a transaction of the caller's: EF committed its own, so the change is visible now; true
    /// when the notification should go out.
    /// </summary>
    private bool Saved(DbContext db)
    {
        if (!Pending.TryGetValue(db, out var state) || !ReferenceEquals(state, db)) return false;
        Pending.Remove(db);
        cache.Invalidate();
        return db.Database.IsNpgsql();
    }

    private static bool ChangesCredentials(DbContext db) =>
        db.ChangeTracker.Entries<Integration>().Any(entry => entry.State == EntityState.Deleted
            || (entry.State == EntityState.Modified && entry.Property(i => i.TokenHash).IsModified));
}
