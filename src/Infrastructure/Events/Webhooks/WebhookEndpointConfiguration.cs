using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Events.Webhooks;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Events.Webhooks;

/// <summary>
/// <c>webhook_endpoints</c>: the endpoints and their delivery state. Small (a few rows per company) and read across
/// companies by the delivery workers' claim, so on Citus it stays on the coordinator (a Citus local table, see
/// <c>CitusDistribution</c>) where that claim is one local statement.
/// </summary>
internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public const string Table = "webhook_endpoints";

    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => new { e.CompanyId, e.Id });
        builder.HasOne<Company>().WithMany().HasForeignKey(e => e.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Url).HasMaxLength(WebhookEndpoint.UrlMaxLength).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(WebhookEndpoint.DescriptionMaxLength).IsRequired();
        builder.Property(e => e.EventTypes).HasMaxLength(WebhookEndpoint.EventTypesMaxLength).IsRequired();
        builder.Property(e => e.ProtectedSecret).IsRequired();
        builder.Property(e => e.CreatedBy).HasMaxLength(200).IsRequired();
        builder.Ignore(e => e.IsFailed);
        builder.Ignore(e => e.EventTypeList);
        builder.Ignore(e => e.DomainEvents);
    }
}
