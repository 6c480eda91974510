namespace Platform.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,

    /// <summary>
    /// PostgreSQL with the Citus extension, through the coordinator: the PostgreSQL schema and migrations, then the
    /// tenant tables distributed by company (see <see cref="CitusDistribution"/>).
    /// </summary>
    Citus,
}
