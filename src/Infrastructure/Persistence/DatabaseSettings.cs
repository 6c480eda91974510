using Microsoft.Extensions.Configuration;
using Platform.Application.Common;

namespace Platform.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseSettings
{
    public const string SectionName = "Database";
    public const string DefaultSqliteConnection = "Data Source=data/platform.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The longest one SQL statement may run (PostgreSQL's <c>statement_timeout</c>, and the client's command timeout
    /// a little above it), so that one slow query cannot hold a pool connection for ever. 0 turns it off.
    /// </summary>
    public int StatementTimeoutSeconds { get; set; } = 15;

    /// <summary>Reads the section; a value the server cannot use names its setting instead of throwing a binder error.</summary>
    public static DatabaseSettings Read(IConfiguration configuration)
    {
        try
        {
            return configuration.GetSection(SectionName).Get<DatabaseSettings>() ?? new DatabaseSettings();
        }
        catch (InvalidOperationException ex)
        {
            var section = configuration.GetSection(SectionName);
            var provider = section[nameof(Provider)];
            if (provider is not null && !Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out _))
            {
                throw new InvalidSettingException(
                    $"{SectionName}:{nameof(Provider)}", $"unknown database provider '{provider}'; use {string.Join(" or ", Enum.GetNames<DatabaseProvider>())}", ex);
            }

            throw new InvalidSettingException($"{SectionName}:{nameof(StatementTimeoutSeconds)}", $"'{section[nameof(StatementTimeoutSeconds)]}' is not a number of seconds", ex);
        }
    }
}
