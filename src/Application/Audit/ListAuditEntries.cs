using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Audit;
using Platform.Domain.Tenancy;

namespace Platform.Application.Audit;

public sealed record AuditPage(IReadOnlyList<AuditEntryView> Entries, int Total, int Skip, int Take);

/// <param name="ActionPrefix">Only entries whose action starts with this, e.g. <c>integration.</c>.</param>
public sealed record ListAuditEntriesQuery(CompanyId CompanyId, string? ActionPrefix, int Skip, int Take) : IQuery<Result<AuditPage>>, ITenantScoped;

public sealed class ListAuditEntriesHandler(IRepository<AuditEntry> entries) : IQueryHandler<ListAuditEntriesQuery, Result<AuditPage>>
{
    public async ValueTask<Result<AuditPage>> Handle(ListAuditEntriesQuery query, CancellationToken ct)
    {
        var take = Math.Clamp(query.Take, 1, 200);
        var skip = Math.Max(0, query.Skip);
        var spec = new AuditEntriesOfCompanySpec(query.CompanyId, query.ActionPrefix, skip, take);
        var page = await entries.ListAsync(spec, ct);
        var total = await entries.CountAsync(spec, ct);
        return new AuditPage(page, total, skip, take);
    }
}
