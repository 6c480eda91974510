namespace Platform.Application.Common.Persistence;

public interface IUnitOfWork
{
    /// <summary>
    /// Starts the command's transaction: set-based writes a handler makes at once (membership changes) and the final
    /// save commit together, or not at all.
    /// </summary>
    Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken ct);

    /// <summary>
    /// Publishes the domain events raised by tracked aggregates (their handlers may add more changes), then saves
    /// everything in one transaction. A unique-index violation or a stale version surfaces as <see cref="WriteConflictException"/>.
    /// </summary>
    Task SaveChangesAsync(CancellationToken ct);

    /// <summary>
    /// The race a database error stands for, if it stands for one: set-based writes run before the final save (a
    /// deadlock, a foreign key whose row a racing request deleted) surface as provider exceptions, not as
    /// <see cref="WriteConflictException"/>.
    /// </summary>
    WriteConflictException? AsWriteConflict(Exception error);

    /// <summary>
    /// Whether the command may run again from the start after <paramref name="error"/>: a transient database fault
    /// (serialization failure, deadlock, a connection lost before the commit was sent), never after the commit may
    /// have happened.
    /// </summary>
    bool IsRetryable(Exception error, bool commitSent);

    /// <summary>Forgets every change tracked so far, so that a retried command starts from what the database holds.</summary>
    void Reset();
}
