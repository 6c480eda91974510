using Microsoft.EntityFrameworkCore;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Persistence;

namespace Platform.ArchitectureTests;

/// <summary>
/// The schema is shardable by company (docs/adr/0006-shardable-tenant-keys.md): in every tenant-owned table the
/// primary key, each index and each foreign key starts with the company id. Reads the production (PostgreSQL)
/// model; building it opens no connection. The data-protection keys (cookie signing) are the server's, not a tenant's.
/// </summary>
public sealed class TenantKeyTests
{
    [Fact]
    public void TenantOwnedTables_KeysIndexesAndForeignKeysStartWithCompanyId()
    {
        var options = new DbContextOptionsBuilder<PostgresPlatformDbContext>().UseNpgsql("Host=unused").Options;
        using var db = new PostgresPlatformDbContext(options);

        var tenantOwned = db.Model.GetEntityTypes()
            .Where(entity => entity.ClrType != typeof(Company) && entity.ClrType != typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey))
            .ToList();
        Assert.NotEmpty(tenantOwned);

        var offending = tenantOwned.SelectMany(entity =>
            new[] { (Kind: "primary key", entity.FindPrimaryKey()!.Properties) }
                .Concat(entity.GetIndexes().Select(index => (Kind: "index", index.Properties)))
                .Concat(entity.GetForeignKeys().Select(foreignKey => (Kind: "foreign key", foreignKey.Properties)))
                .Where(key => key.Properties[0].Name != nameof(Account.CompanyId))
                .Select(key => $"{entity.ClrType.Name} {key.Kind} ({string.Join(", ", key.Properties.Select(p => p.Name))})"))
            .ToList();

        Assert.True(offending.Count == 0, "Not led by company_id: " + string.Join("; ", offending));
    }
}
