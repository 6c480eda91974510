using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Tenancy;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("accounts");
        builder.HasKey(a => new { a.CompanyId, a.Id });
        builder.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Email).HasMaxLength(Account.EmailMaxLength).IsRequired();
        builder.Property(a => a.NormalizedEmail).HasMaxLength(Account.EmailMaxLength).IsRequired();
        builder.HasIndex(a => new { a.CompanyId, a.NormalizedEmail }).IsUnique();
        builder.Property(a => a.PasswordHash).HasMaxLength(512).IsRequired();
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.DirectoryLink).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.DirectoryHold).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(a => a.IsAdmin);
        builder.Ignore(a => a.IsActiveAdmin);
        builder.Ignore(a => a.IsSuspendedByDirectory);
        builder.Ignore(a => a.DomainEvents);
    }
}
