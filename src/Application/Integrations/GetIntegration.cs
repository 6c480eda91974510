using MapsterMapper;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

public sealed record GetIntegrationQuery(CompanyId CompanyId, IntegrationKind Kind) : IQuery<Result<IntegrationView>>, ITenantScoped;

public sealed class GetIntegrationHandler(IRepository<Integration> integrations, IIntegrationUsage usage, IMapper mapper)
    : IQueryHandler<GetIntegrationQuery, Result<IntegrationView>>
{
    public async ValueTask<Result<IntegrationView>> Handle(GetIntegrationQuery query, CancellationToken ct)
    {
        var integration = await integrations.FirstOrDefaultAsync(new IntegrationByKindSpec(query.CompanyId, query.Kind), ct);
        if (integration is null) return IntegrationErrors.NotFound(query.Kind);

        return mapper.Map<IntegrationView>(integration).WithUsesInThisProcess(usage);
    }
}
