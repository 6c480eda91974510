using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Audit;
using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => new { e.CompanyId, e.Id });
        builder.HasOne<Company>().WithMany().HasForeignKey(e => e.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.CompanyId, e.OccurredAt });
        builder.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ActorId).HasMaxLength(AuditEntry.ActorIdMaxLength).IsRequired();
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.ActorNameMaxLength).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(80).IsRequired();
        builder.Property(e => e.TargetType).HasMaxLength(40).IsRequired();
        builder.Property(e => e.TargetId).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(AuditEntry.SummaryMaxLength).IsRequired();
        // Written once, never updated: the comparer only has to tell a list from another.
        builder.Property(e => e.Changes).HasConversion(
            new AttributeChangesConverter(),
            new ValueComparer<IReadOnlyList<AttributeChange>?>((a, b) => a == null ? b == null : b != null && a.SequenceEqual(b), list => list == null ? 0 : list.Count));
        builder.Property(e => e.RequestId).HasMaxLength(AuditEntry.RequestIdMaxLength);
    }
}
