using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Infrastructure.Persistence;

/// <summary>Used by <c>dotnet ef migrations add</c>; no database is contacted to generate a migration.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args) =>
        new(DatabaseOptions.ForSqlite<SqlitePlatformDbContext>(new DbContextOptionsBuilder<SqlitePlatformDbContext>(), "Data Source=design.db").Options);
}
