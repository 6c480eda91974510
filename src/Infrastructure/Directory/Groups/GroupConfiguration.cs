using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Persistence.Configurations;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.ToTable("groups");
        builder.HasKey(g => new { g.CompanyId, g.Id });
        builder.HasOne<Company>().WithMany().HasForeignKey(g => g.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(g => g.Id).HasConversion(id => id.Value, value => new GroupId(value));
        builder.Property(g => g.DisplayName).HasMaxLength(Group.DisplayNameMaxLength).IsRequired();
        builder.Property(g => g.NormalizedDisplayName).HasMaxLength(Group.DisplayNameMaxLength).IsRequired();
        builder.HasIndex(g => new { g.CompanyId, g.NormalizedDisplayName }).IsUnique();
        builder.Property(g => g.ExternalId).HasMaxLength(256);
        builder.HasIndex(g => new { g.CompanyId, g.ExternalId });
        builder.Property(g => g.Profile)
            .HasColumnName("profile")
            .HasConversion(
                profile => JsonSerializer.Serialize(profile, ProfileJson.Options),
                json => JsonSerializer.Deserialize<GroupProfile>(json, ProfileJson.Options)!)
            .IsRequired();
        builder.Ignore(g => g.DomainEvents);
    }
}

/// <summary>Memberships keyed by company, group and user; a second index finds a user's groups.</summary>
internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> builder)
    {
        builder.ToTable("group_members");
        builder.HasKey(m => new { m.CompanyId, m.GroupId, m.UserId });
        builder.Property(m => m.GroupId).HasConversion(id => id.Value, value => new GroupId(value));
        builder.Property(m => m.UserId).HasConversion(id => id.Value, value => new UserId(value));
        builder.HasIndex(m => new { m.CompanyId, m.UserId });
        builder.HasOne<Group>().WithMany().HasForeignKey(m => new { m.CompanyId, m.GroupId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(m => new { m.CompanyId, m.UserId }).OnDelete(DeleteBehavior.Cascade);
    }
}
