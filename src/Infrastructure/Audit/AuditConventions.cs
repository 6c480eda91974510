using Microsoft.EntityFrameworkCore;
using Platform.Domain.Audit;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Audit;

internal sealed class AuditConventions : IModelConventions
{
    public void Configure(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<AuditEntryId>().HaveConversion<AuditEntryIdConverter>();
}
