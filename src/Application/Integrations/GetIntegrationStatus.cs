using MapsterMapper;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

/// <summary>What the console shows beside an integration's set-up checklist: is it working, and if not, why.</summary>
public sealed record GetIntegrationStatusQuery(CompanyId CompanyId, IntegrationKind Kind) : IQuery<Result<IntegrationStatusView>>, ITenantScoped;

public sealed class GetIntegrationStatusHandler(
    IRepository<Integration> integrations,
    IIntegrationUsage usage,
    IRepository<ScimRequestRecord> requests,
    IMapper mapper)
    : IQueryHandler<GetIntegrationStatusQuery, Result<IntegrationStatusView>>
{
    public const int MaxFailuresShown = 10;

    public async ValueTask<Result<IntegrationStatusView>> Handle(GetIntegrationStatusQuery query, CancellationToken ct)
    {
        var integration = await integrations.FirstOrDefaultAsync(new IntegrationByKindSpec(query.CompanyId, query.Kind), ct);
        if (integration is null) return IntegrationErrors.NotFound(query.Kind);

        var view = mapper.Map<IntegrationView>(integration).WithUsesInThisProcess(usage);
        var verified = view.LastUsedAt is { } lastUsed && lastUsed >= view.TokenIssuedAt;
        var failures = await requests.ListAsync(new RecentScimRefusalsSpec(query.CompanyId, MaxFailuresShown), ct);
        return new IntegrationStatusView(view, verified, failures);
    }
}
