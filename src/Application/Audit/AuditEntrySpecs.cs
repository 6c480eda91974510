using Ardalis.Specification;
using Platform.Application.Common.Mapping;
using Platform.Domain.Audit;
using Platform.Domain.Tenancy;

namespace Platform.Application.Audit;

public sealed class AuditEntriesOfCompanySpec : Specification<AuditEntry, AuditEntryView>
{
    public AuditEntriesOfCompanySpec(CompanyId companyId, string? actionPrefix, int skip, int take)
    {
        Query.Where(e => e.CompanyId == companyId)
            .Where(e => e.Action.StartsWith(actionPrefix!), actionPrefix is not null)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(skip).Take(take)
            .AsNoTracking();
        Query.Select(ApplicationMappings.Projection<AuditEntry, AuditEntryView>());
    }
}
