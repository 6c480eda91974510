using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Integrations;

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
        // Two resets racing on one integration: the second finds the hash it read already replaced and fails as a
        // concurrent change (409), instead of handing out a token that the first reset's commit then overwrites.
        builder.Property(i => i.TokenHash).HasMaxLength(32).IsRequired().IsConcurrencyToken();
        builder.Property(i => i.TokenHint).HasMaxLength(40).IsRequired();
        builder.Ignore(i => i.DomainEvents);
    }
}
