using MapsterMapper;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

public sealed record ListIntegrationsQuery(CompanyId CompanyId) : IQuery<Result<IReadOnlyList<IntegrationView>>>, ITenantScoped;

public sealed class ListIntegrationsHandler(IRepository<Integration> integrations, IIntegrationUsage usage, IMapper mapper)
    : IQueryHandler<ListIntegrationsQuery, Result<IReadOnlyList<IntegrationView>>>
{
    public async ValueTask<Result<IReadOnlyList<IntegrationView>>> Handle(ListIntegrationsQuery query, CancellationToken ct)
    {
        var list = await integrations.ListAsync(new IntegrationsOfCompanySpec(query.CompanyId), ct);
        return list.Select(integration => mapper.Map<IntegrationView>(integration).WithUsesInThisProcess(usage)).ToList();
    }
}
