using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Events;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Events;

/// <summary>
/// <c>change_events</c>, keyed by company and a sequence; read in (<c>tx</c>, <c>id</c>) order, only below the oldest
/// transaction still running (<see cref="ChangeEventReader"/>). <c>tx</c> is filled by the database with the id of
/// the transaction that inserts the row (<c>pg_current_xact_id()</c>, as bigint); on Citus the coordinator evaluates
/// the default, so it is the coordinator's transaction id. SQLite's differences are in <see cref="EventsSqliteModel"/>.
/// </summary>
internal sealed class ChangeEventConfiguration : IEntityTypeConfiguration<ChangeEvent>
{
    public const string CurrentTransactionSql = "(pg_current_xact_id()::text::bigint)";

    public void Configure(EntityTypeBuilder<ChangeEvent> builder)
    {
        builder.ToTable("change_events");
        builder.HasKey(e => new { e.CompanyId, e.Id });
        builder.HasOne<Company>().WithMany().HasForeignKey(e => e.CompanyId).OnDelete(DeleteBehavior.Cascade);
        // A plain sequence (bigserial): Citus evaluates its nextval on the coordinator, as it does tx's default.
        builder.Property(e => e.Id).ValueGeneratedOnAdd().UseSerialColumn();
        builder.Property(e => e.Tx).ValueGeneratedOnAdd().HasDefaultValueSql(CurrentTransactionSql);
        builder.HasIndex(e => new { e.CompanyId, e.Tx, e.Id });
        builder.Property(e => e.Type).HasMaxLength(ChangeEvent.TypeMaxLength).IsRequired();
        builder.Property(e => e.ResourceType).HasMaxLength(ChangeEvent.ResourceTypeMaxLength).IsRequired();
        builder.Property(e => e.ResourceId).HasMaxLength(ChangeEvent.ResourceIdMaxLength).IsRequired();
        builder.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ActorId).HasMaxLength(ChangeEvent.ActorIdMaxLength).IsRequired();
        builder.Property(e => e.ActorName).HasMaxLength(ChangeEvent.ActorNameMaxLength).IsRequired();
        builder.Property(e => e.RequestId).HasMaxLength(ChangeEvent.RequestIdMaxLength);
        builder.Property(e => e.Data).IsRequired();
    }
}
