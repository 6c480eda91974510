using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Common.Persistence;

namespace Platform.Infrastructure.Persistence;

internal static class PersistenceRegistration
{
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.Read(configuration);
        var connectionString = configuration.GetConnectionString("Platform");

        if (settings.Provider is DatabaseProvider.PostgreSql or DatabaseProvider.Citus)
        {
            var postgres = DatabaseOptions.PostgresConnectionString(connectionString, settings);
            services.AddDbContextPool<PostgresPlatformDbContext>((sp, options) => DatabaseOptions.ForPostgres(
                (DbContextOptionsBuilder<PostgresPlatformDbContext>)options, postgres, settings.StatementTimeoutSeconds).AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddScoped<PlatformDbContext>(sp => sp.GetRequiredService<PostgresPlatformDbContext>());
        }
        else
        {
            var sqlite = string.IsNullOrWhiteSpace(connectionString) ? DatabaseSettings.DefaultSqliteConnection : connectionString;
            EnsureSqliteFolder(sqlite);
            services.AddDbContextPool<SqlitePlatformDbContext>((sp, options) => DatabaseOptions.ForSqlite(
                (DbContextOptionsBuilder<SqlitePlatformDbContext>)options, sqlite).AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddScoped<PlatformDbContext>(sp => sp.GetRequiredService<SqlitePlatformDbContext>());
        }

        // Cookie and antiforgery keys live in the database, so that every replica (and a restarted one) reads the
        // same sessions.
        services.AddDataProtection()
            .SetApplicationName("Platform")
            .PersistKeysToDbContext<PlatformDbContext>();

        services.AddScoped(typeof(IRepository<>), typeof(Repository<>));
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IDatabaseMigrator>(sp => new DatabaseMigrator(sp.GetRequiredService<PlatformDbContext>(), settings.Provider == DatabaseProvider.Citus));
        services.AddHealthChecks()
            .AddDbContextCheck<PlatformDbContext>(DatabaseHealthChecks.Reachable, tags: [DatabaseHealthChecks.ReadyTag])
            .AddCheck<MigrationsAppliedCheck>(DatabaseHealthChecks.Migrated, tags: [DatabaseHealthChecks.ReadyTag]);
        return services;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) System.IO.Directory.CreateDirectory(folder);
    }
}
