using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Directory.Users;

/// <summary>
/// The profile is stored whole as one JSON document; the attributes that filters and uniqueness need are columns
/// beside it (kept in step by the aggregate), each with the index its lookup needs.
/// </summary>
internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => new { u.CompanyId, u.Id });
        builder.HasOne<Company>().WithMany().HasForeignKey(u => u.CompanyId).OnDelete(DeleteBehavior.Cascade);

        builder.Property(u => u.UserName).HasMaxLength(256).IsRequired();
        builder.Property(u => u.NormalizedUserName).HasMaxLength(256).IsRequired();
        builder.HasIndex(u => new { u.CompanyId, u.NormalizedUserName }).IsUnique();
        builder.Property(u => u.ExternalId).HasMaxLength(256);
        builder.HasIndex(u => new { u.CompanyId, u.ExternalId });
        builder.Property(u => u.DisplayName).HasMaxLength(1024);
        builder.Property(u => u.NormalizedDisplayName).HasMaxLength(1024);
        builder.HasIndex(u => new { u.CompanyId, u.NormalizedDisplayName });
        builder.Property(u => u.NormalizedEmails).IsRequired();
        // meta.lastModified gt … (how incremental syncs ask what changed) and meta.created: index range scans.
        builder.HasIndex(u => new { u.CompanyId, u.LastModifiedAt });
        builder.HasIndex(u => new { u.CompanyId, u.CreatedAt });
        builder.Property(u => u.Version).IsConcurrencyToken();

        builder.Property(u => u.Profile)
            .HasColumnName("profile")
            .HasConversion(new ProfileConverter(), new ProfileComparer())
            .IsRequired();
        builder.Ignore(u => u.DomainEvents);
    }

    private sealed class ProfileConverter() : ValueConverter<UserProfile, string>(
        profile => JsonSerializer.Serialize(profile, ProfileJson.Options),
        json => JsonSerializer.Deserialize<UserProfile>(json, ProfileJson.Options)!);

    private sealed class ProfileComparer() : ValueComparer<UserProfile>(
        (a, b) => a == null ? b == null : a.Equals(b),
        profile => profile.GetHashCode(),
        profile => profile);
}
