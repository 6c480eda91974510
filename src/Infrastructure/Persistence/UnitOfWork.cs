using Mediator;
using Microsoft.EntityFrameworkCore;
using Platform.Application.Common.Persistence;
using Platform.Domain.Common;

namespace Platform.Infrastructure.Persistence;

internal sealed class UnitOfWork(PlatformDbContext db, IPublisher publisher) : IUnitOfWork
{
    // Handlers of domain events may change aggregates that raise further events; this bounds that chain.
    private const int MaxEventRounds = 8;

    public WriteConflictException? AsWriteConflict(Exception error) => WriteConflicts.Find(error);

    public bool IsRetryable(Exception error, bool commitSent) => DatabaseFaults.IsRetryable(error, commitSent);

    public void Reset() => db.ChangeTracker.Clear();

    public async Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null) return NestedTransaction.Instance;

        // A command that fails rolls its whole transaction back, so EF's savepoint around each save (two more round
        // trips per command) would never be rolled back to.
        db.Database.AutoSavepointsEnabled = false;
        return new Transaction(await db.Database.BeginTransactionAsync(ct));
    }

    public async Task SaveChangesAsync(CancellationToken ct)
    {
        for (var round = 0; ; round++)
        {
            var events = db.ChangeTracker.Entries<AggregateRoot>()
                .SelectMany(entry => entry.Entity.DequeueDomainEvents())
                .ToList();
            if (events.Count == 0) break;
            if (round == MaxEventRounds)
            {
                throw new InvalidOperationException($"Domain events kept raising further events after {MaxEventRounds} rounds; nothing was saved.");
            }

            foreach (var domainEvent in events) await publisher.Publish(domainEvent, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new WriteConflictException(WriteConflictKind.ConcurrentChange, "version", ex);
        }
        catch (DbUpdateException ex) when (WriteConflicts.From(ex.InnerException) is { } conflict)
        {
            throw conflict;
        }
    }

    private sealed class Transaction(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction) : IUnitOfWorkTransaction
    {
        public bool IsNested => false;

        public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }

    /// <summary>A command sent from inside another command's handler joins the outer transaction.</summary>
    private sealed class NestedTransaction : IUnitOfWorkTransaction
    {
        public static readonly NestedTransaction Instance = new();

        public bool IsNested => true;

        public Task CommitAsync(CancellationToken ct) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
