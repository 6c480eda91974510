using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Directory.Groups;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.ToTable("groups");
        builder.HasKey(g => new { g.CompanyId, g.Id });
        builder.HasOne<Company>().WithMany().HasForeignKey(g => g.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(g => g.DisplayName).HasMaxLength(Group.DisplayNameMaxLength).IsRequired();
        builder.Property(g => g.NormalizedDisplayName).HasMaxLength(Group.DisplayNameMaxLength).IsRequired();
        builder.HasIndex(g => new { g.CompanyId, g.NormalizedDisplayName }).IsUnique();
        builder.Property(g => g.ExternalId).HasMaxLength(256);
        builder.HasIndex(g => new { g.CompanyId, g.ExternalId });
        builder.HasIndex(g => new { g.CompanyId, g.LastModifiedAt });
        builder.HasIndex(g => new { g.CompanyId, g.CreatedAt });
        builder.Property(g => g.Profile)
            .HasColumnName("profile")
            .HasConversion(
                profile => JsonSerializer.Serialize(profile, ProfileJson.Options),
                json => JsonSerializer.Deserialize<GroupProfile>(json, ProfileJson.Options)!)
            .IsRequired();
        builder.Ignore(g => g.DomainEvents);
    }
}
