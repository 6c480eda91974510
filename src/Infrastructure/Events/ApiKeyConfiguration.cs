using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Events;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Events;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => new { k.CompanyId, k.Id });
        builder.HasOne<Company>().WithMany().HasForeignKey(k => k.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength).IsRequired();
        builder.Property(k => k.KeyHash).HasMaxLength(32).IsRequired();
        builder.Property(k => k.KeyHint).HasMaxLength(40).IsRequired();
        builder.Property(k => k.CreatedBy).HasMaxLength(200).IsRequired();
        builder.Ignore(k => k.IsRevoked);
        builder.Ignore(k => k.DomainEvents);
    }
}
