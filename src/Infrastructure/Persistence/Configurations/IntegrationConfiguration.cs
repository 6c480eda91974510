using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Persistence.Configurations;

internal sealed class IntegrationConfiguration : IEntityTypeConfiguration<Integration>
{
    public void Configure(EntityTypeBuilder<Integration> builder)
    {
        builder.ToTable("integrations");
        builder.HasKey(i => new { i.CompanyId, i.Id });
        builder.HasOne<Company>().WithMany().HasForeignKey(i => i.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
        // One integration of a kind per company; a racing second add fails here and becomes a 409.
        builder.HasIndex(i => new { i.CompanyId, i.Kind }).IsUnique();
        builder.Property(i => i.TokenHash).HasMaxLength(32).IsRequired();
        builder.Property(i => i.TokenHint).HasMaxLength(40).IsRequired();
        builder.Ignore(i => i.DomainEvents);
    }
}
