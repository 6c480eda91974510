using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Directory.Users;

namespace Platform.Infrastructure.Directory.Groups;

/// <summary>Memberships keyed by company, group and user; a second index finds a user's groups.</summary>
internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> builder)
    {
        builder.ToTable("group_members");
        builder.HasKey(m => new { m.CompanyId, m.GroupId, m.UserId });
        builder.HasIndex(m => new { m.CompanyId, m.UserId });
        builder.HasOne<Group>().WithMany().HasForeignKey(m => new { m.CompanyId, m.GroupId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(m => new { m.CompanyId, m.UserId }).OnDelete(DeleteBehavior.Cascade);
    }
}
