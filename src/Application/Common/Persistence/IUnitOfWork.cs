namespace Platform.Application.Common.Persistence;

public interface IUnitOfWork
{
    /// <summary>
    /// Publishes the domain events raised by tracked aggregates (their handlers may add more changes), then saves
    /// everything in one transaction. A unique-index violation surfaces as <see cref="UniqueConstraintViolationException"/>.
    /// </summary>
    Task SaveChangesAsync(CancellationToken ct);
}

/// <summary>The database refused a write because a unique key already exists (for example, two racing creates).</summary>
public sealed class UniqueConstraintViolationException(string? constraintName, Exception innerException)
    : Exception($"Unique constraint '{constraintName}' was violated.", innerException)
{
    public string? ConstraintName { get; } = constraintName;
}

/// <summary>Applies the schema migrations of whichever database the server is configured for.</summary>
public interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken ct);

    Task<bool> CanConnectAsync(CancellationToken ct);
}
