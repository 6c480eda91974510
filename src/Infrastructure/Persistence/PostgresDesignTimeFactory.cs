using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Infrastructure.Persistence;

/// <summary>Used by <c>dotnet ef migrations add</c>; no database is contacted to generate a migration.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPlatformDbContext>
{
    public PostgresPlatformDbContext CreateDbContext(string[] args) =>
        new(DatabaseOptions.ForPostgres<PostgresPlatformDbContext>(new DbContextOptionsBuilder<PostgresPlatformDbContext>(), "Host=localhost;Database=platform").Options);
}
