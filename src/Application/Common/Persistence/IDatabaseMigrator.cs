namespace Platform.Application.Common.Persistence;

/// <summary>Applies the schema migrations of whichever database the server is configured for.</summary>
public interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken ct);

    Task<bool> CanConnectAsync(CancellationToken ct);
}
