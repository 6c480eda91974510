using Microsoft.EntityFrameworkCore;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Where SQLite cannot hold a table as PostgreSQL does (e.g. it generates keys only for a lone integer primary key),
/// the module that owns the table says how it differs; <see cref="SqlitePlatformDbContext"/> finds every
/// implementation in this assembly, so that the shared core names no module.
/// </summary>
internal interface ISqliteModelAdjustments
{
    void Adjust(ModelBuilder modelBuilder);
}
