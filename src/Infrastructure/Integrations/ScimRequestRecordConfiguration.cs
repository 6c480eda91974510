using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Integrations;

internal sealed class ScimRequestRecordConfiguration : IEntityTypeConfiguration<ScimRequestRecord>
{
    public void Configure(EntityTypeBuilder<ScimRequestRecord> builder)
    {
        builder.ToTable("scim_requests");
        builder.HasKey(r => new { r.CompanyId, r.Id });
        builder.HasOne<Company>().WithMany().HasForeignKey(r => r.CompanyId).OnDelete(DeleteBehavior.Cascade);
        // The log is read newest first; the pruner finds what is past the retention period by the same index.
        builder.HasIndex(r => new { r.CompanyId, r.OccurredAt }).IsDescending(false, true);
        // The Okta page's "recent failures": the company's latest 401s.
        builder.HasIndex(r => new { r.CompanyId, r.Status, r.OccurredAt }).IsDescending(false, false, true);
        // No foreign key to integrations: a row outlives a re-added integration, and a refused request has none.
        builder.Property(r => r.Refusal).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Version).HasMaxLength(4).IsRequired();
        builder.Property(r => r.Method).HasMaxLength(ScimRequestRecord.MethodMaxLength).IsRequired();
        builder.Property(r => r.Path).HasMaxLength(ScimRequestRecord.PathMaxLength).IsRequired();
        builder.Property(r => r.Resource).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.ScimType).HasMaxLength(40);
        builder.Property(r => r.ErrorDetail).HasMaxLength(ScimRequestRecord.ErrorDetailMaxLength);
        builder.Property(r => r.RequestId).HasMaxLength(ScimRequestRecord.RequestIdMaxLength).IsRequired();
    }
}
