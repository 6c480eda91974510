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
}
