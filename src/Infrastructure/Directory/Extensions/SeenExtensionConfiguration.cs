using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Directory.Extensions;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Directory.Extensions;

internal sealed class SeenExtensionConfiguration : IEntityTypeConfiguration<SeenExtension>
{
    public void Configure(EntityTypeBuilder<SeenExtension> builder)
    {
        builder.ToTable("seen_extensions");
        builder.HasKey(e => new { e.CompanyId, e.ResourceType, e.Urn });
        builder.HasOne<Company>().WithMany().HasForeignKey(e => e.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.ResourceType).HasMaxLength(32);
        builder.Property(e => e.Urn).HasMaxLength(SeenExtension.UrnMaxLength);
        builder.Property(e => e.Attributes).IsRequired();
    }
}
