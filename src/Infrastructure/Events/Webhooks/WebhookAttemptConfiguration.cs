using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Events;
using Platform.Domain.Events.Webhooks;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Events.Webhooks;

/// <summary>
/// <c>webhook_attempts</c>, read per endpoint newest first. No foreign key to the endpoint: on Citus the attempts are
/// distributed and the endpoints stay on the coordinator; deleting an endpoint deletes its attempts.
/// </summary>
internal sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> builder)
    {
        builder.ToTable("webhook_attempts");
        builder.HasKey(a => new { a.CompanyId, a.Id });
        builder.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.CompanyId, a.EndpointId, a.StartedAt });
        builder.Property(a => a.EventType).HasMaxLength(ChangeEvent.TypeMaxLength).IsRequired();
        builder.Property(a => a.Error).HasMaxLength(WebhookAttempt.ErrorMaxLength);
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
    }
}
