using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Platform.Infrastructure.Persistence;

internal static class DatabaseOptions
{
    public static DbContextOptionsBuilder<T> ForPostgres<T>(DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext
    {
        builder.UseNpgsql(ForRequests(connectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
        return QuietExpectedFailures(builder);
    }

    public static DbContextOptionsBuilder<T> ForSqlite<T>(DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext
    {
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
        return QuietExpectedFailures(builder);
    }

    /// <summary>
    /// What the hot path needs of Npgsql, unless the operator's connection string says otherwise: statements that run
    /// again and again are prepared once per physical connection (a SCIM request is a handful of statement shapes),
    /// and a connection handed back to the pool is not reset with <c>DISCARD ALL</c> (every session is ours and sets
    /// nothing that outlives a request; the reset would also drop the prepared statements).
    /// </summary>
    internal static string ForRequests(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var given = connectionString.ToUpperInvariant();
        if (!given.Contains("AUTO PREPARE", StringComparison.Ordinal)) builder.MaxAutoPrepare = 64;
        if (!given.Contains("RESET ON CLOSE", StringComparison.Ordinal)) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    /// <summary>
    /// EF Core logs every failed command and SaveChanges at Error, a lost unique-key race included, which the unit of
    /// work answers as a 409: an expected outcome, not a page for the operator. Those two events go to Debug; a genuine
    /// fault still reaches the log at Error, from the use case's behaviour and the exception handler, with its stack.
    /// </summary>
    private static DbContextOptionsBuilder<T> QuietExpectedFailures<T>(DbContextOptionsBuilder<T> builder)
        where T : DbContext
    {
        builder.ConfigureWarnings(warnings => warnings.Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug)));
        return builder;
    }
}
