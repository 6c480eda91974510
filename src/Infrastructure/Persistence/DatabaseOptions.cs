using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Application.Common;

namespace Platform.Infrastructure.Persistence;

internal static class DatabaseOptions
{
    public static DbContextOptionsBuilder<T> ForPostgres<T>(DbContextOptionsBuilder<T> builder, string connectionString, int statementTimeoutSeconds = 0)
        where T : DbContext
    {
        builder.UseNpgsql(ForRequests(connectionString), npgsql =>
            {
                npgsql.MigrationsHistoryTable("__ef_migrations_history");
                // The client gives up a little after the server would have, so the server's error is what arrives.
                if (statementTimeoutSeconds > 0) npgsql.CommandTimeout(statementTimeoutSeconds + 5);
            })
            .UseSnakeCaseNamingConvention();
        return QuietExpectedFailures(builder);
    }

    /// <summary>
    /// Checks <c>ConnectionStrings:Platform</c> for PostgreSQL and adds the server-side statement timeout (unless the
    /// string sets its own <c>Options</c>) and a bounded connect timeout, so a request never waits long for a dead host.
    /// </summary>
    public static string PostgresConnectionString(string? connectionString, DatabaseSettings settings)
    {
        const string setting = "ConnectionStrings:Platform";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidSettingException(setting, "Database:Provider is PostgreSql but the connection string is empty");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            throw new InvalidSettingException(setting, "not a valid PostgreSQL connection string (expected e.g. Host=db;Database=platform;Username=platform;Password=...)", ex);
        }

        if (string.IsNullOrWhiteSpace(builder.Host)) throw new InvalidSettingException(setting, "names no Host");
        if (settings.StatementTimeoutSeconds > 0 && string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = $"-c statement_timeout={settings.StatementTimeoutSeconds * 1000}";
        }

        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase)) builder.Timeout = 5;
        return builder.ConnectionString;
    }

    public static DbContextOptionsBuilder<T> ForSqlite<T>(DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext
    {
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new SqliteFunctions());
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
