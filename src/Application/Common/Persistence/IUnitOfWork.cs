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

public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    /// <summary>Commits; disposing without committing rolls back.</summary>
    Task CommitAsync(CancellationToken ct);
}

public enum WriteConflictKind
{
    /// <summary>A unique key already exists (two creates of one name).</summary>
    UniqueKey,

    /// <summary>The row changed or went away since it was read, or a referenced row was deleted meanwhile.</summary>
    ConcurrentChange,
}

/// <summary>The database refused a write made while a racing request changed the same data.</summary>
public sealed class WriteConflictException(WriteConflictKind kind, string? constraintName, Exception innerException)
    : Exception($"The write conflicted with another request ({kind}, {constraintName}).", innerException)
{
    public WriteConflictKind Kind { get; } = kind;

    public string? ConstraintName { get; } = constraintName;
}

/// <summary>Applies the schema migrations of whichever database the server is configured for.</summary>
public interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken ct);

    Task<bool> CanConnectAsync(CancellationToken ct);
}
