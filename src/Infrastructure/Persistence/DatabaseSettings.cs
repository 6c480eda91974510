namespace Platform.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseSettings
{
    public const string SectionName = "Database";
    public const string DefaultSqliteConnection = "Data Source=data/platform.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
