using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Application.Common.Persistence;
using Platform.Domain.Common;

namespace Platform.Infrastructure.Persistence;

internal sealed class UnitOfWork(PlatformDbContext db, IPublisher publisher) : IUnitOfWork
{
    // Handlers of domain events may change aggregates that raise further events; this bounds that chain.
    private const int MaxEventRounds = 8;

    public WriteConflictException? AsWriteConflict(Exception error) => WriteConflicts.Find(error);

    public async Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken ct) =>
        db.Database.CurrentTransaction is null
            ? new Transaction(await db.Database.BeginTransactionAsync(ct))
            : NestedTransaction.Instance;

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
        public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }

    /// <summary>A command sent from inside another command's handler joins the outer transaction.</summary>
    private sealed class NestedTransaction : IUnitOfWorkTransaction
    {
        public static readonly NestedTransaction Instance = new();

        public Task CommitAsync(CancellationToken ct) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>Recognises the database errors that mean "a racing request got there first" on either provider.</summary>
internal static class WriteConflicts
{
    /// <summary>Looks through wrappers (EF's, Npgsql's "transient failure") for a database error that means a race.</summary>
    public static WriteConflictException? Find(Exception? error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is WriteConflictException known) return known;
            if (From(current) is { } conflict) return conflict;
        }

        return null;
    }

    public static WriteConflictException? From(Exception? error) => error switch
    {
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure } pg => new(WriteConflictKind.ConcurrentChange, pg.SqlState, pg),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg => new(WriteConflictKind.UniqueKey, pg.ConstraintName, pg),
        PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } pg => new(WriteConflictKind.ConcurrentChange, pg.ConstraintName, pg),
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } sqlite => new(WriteConflictKind.UniqueKey, sqlite.Message, sqlite),
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 787 } sqlite => new(WriteConflictKind.ConcurrentChange, sqlite.Message, sqlite),
        _ => null,
    };
}
