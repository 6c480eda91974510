using Microsoft.EntityFrameworkCore;

namespace Platform.Infrastructure.Persistence;

internal static class DatabaseOptions
{
    public static DbContextOptionsBuilder<T> ForPostgres<T>(DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext
    {
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
        return builder;
    }

    public static DbContextOptionsBuilder<T> ForSqlite<T>(DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext
    {
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
        return builder;
    }
}
