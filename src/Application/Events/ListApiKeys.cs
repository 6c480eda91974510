using MapsterMapper;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Events;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events;

/// <summary>The company's API keys, newest first, revoked ones included (masked: only a hint of each key).</summary>
public sealed record ListApiKeysQuery(CompanyId CompanyId) : IQuery<Result<IReadOnlyList<ApiKeyView>>>, ITenantScoped;

public sealed class ListApiKeysHandler(IRepository<ApiKey> keys, IMapper mapper) : IQueryHandler<ListApiKeysQuery, Result<IReadOnlyList<ApiKeyView>>>
{
    public async ValueTask<Result<IReadOnlyList<ApiKeyView>>> Handle(ListApiKeysQuery query, CancellationToken ct) =>
        (await keys.ListAsync(new ApiKeysOfCompanySpec(query.CompanyId), ct)).Select(mapper.Map<ApiKeyView>).ToList();
}
