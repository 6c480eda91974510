using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

/// <summary>One request of the company's log, with its redacted exchange. Another company's id is simply not found.</summary>
public sealed record GetScimRequestQuery(CompanyId CompanyId, ScimRequestId Id) : IQuery<Result<ScimRequestView>>, ITenantScoped;

public sealed class GetScimRequestHandler(IRepository<ScimRequestRecord> requests) : IQueryHandler<GetScimRequestQuery, Result<ScimRequestView>>
{
    public async ValueTask<Result<ScimRequestView>> Handle(GetScimRequestQuery query, CancellationToken ct)
    {
        var request = await requests.FirstOrDefaultAsync(new ScimRequestByIdSpec(query.CompanyId, query.Id), ct);
        return request is null ? IntegrationErrors.ScimRequestNotFound : request;
    }
}
