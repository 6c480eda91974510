namespace Platform.Application.Common.Persistence;

/// <summary>Names of the database's health checks, shared by their registration and the readiness endpoint.</summary>
public static class DatabaseHealthChecks
{
    /// <summary>The tag of the checks <c>/readyz</c> runs (<c>/healthz</c> runs none).</summary>
    public const string ReadyTag = "ready";

    public const string Reachable = "database";

    public const string Migrated = "migrations";
}
