using Microsoft.EntityFrameworkCore;

namespace Platform.Infrastructure.Persistence;

/// <summary>The embedded default, so that the server runs on a bare machine.</summary>
public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options) : PlatformDbContext(options)
{
    private static readonly ISqliteModelAdjustments[] ModuleAdjustments = typeof(SqlitePlatformDbContext).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(ISqliteModelAdjustments).IsAssignableFrom(type))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (ISqliteModelAdjustments)Activator.CreateInstance(type)!)
        .ToArray();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var adjustments in ModuleAdjustments) adjustments.Adjust(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no timestamp type; as sortable integers (UTC ticks) the values can be compared and ordered in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }
}
