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
}

public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    /// <summary>Commits; disposing without committing rolls back.</summary>
    Task CommitAsync(CancellationToken ct);
}

/// <summary>
/// The database refused a write made by a racing request: a unique key already exists (two creates of one name), or
/// the row changed since it was read (its version moved on).
/// </summary>
public sealed class WriteConflictException(string? constraintName, Exception innerException)
    : Exception($"The write conflicted with another request ({constraintName}).", innerException)
{
    public string? ConstraintName { get; } = constraintName;
}

/// <summary>Applies the schema migrations of whichever database the server is configured for.</summary>
public interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken ct);

    Task<bool> CanConnectAsync(CancellationToken ct);
}
