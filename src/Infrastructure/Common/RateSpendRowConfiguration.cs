using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Common;

internal sealed class RateSpendRowConfiguration : IEntityTypeConfiguration<RateSpendRow>
{
    public void Configure(EntityTypeBuilder<RateSpendRow> builder)
    {
        builder.ToTable("rate_spends");
        builder.HasKey(r => new { r.CompanyId, r.Bucket, r.Replica });
        builder.HasOne<Company>().WithMany().HasForeignKey(r => r.CompanyId).OnDelete(DeleteBehavior.Cascade);
        // No index on updated_at: the table holds a row per company, budget and replica, small enough to scan.
        builder.Property(r => r.Bucket).HasMaxLength(RateSpendRow.BucketMaxLength);
    }
}
