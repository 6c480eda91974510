using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Results;
using Platform.Domain.Directory.Extensions;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Extensions;

/// <summary>The custom extensions a company's clients have written, oldest first, for its <c>/Schemas</c> and <c>/ResourceTypes</c>.</summary>
public sealed record ListSeenExtensionsQuery(CompanyId CompanyId) : IQuery<Result<IReadOnlyList<SeenExtension>>>, ITenantScoped;

public sealed class ListSeenExtensionsHandler(ISeenExtensions extensions) : IQueryHandler<ListSeenExtensionsQuery, Result<IReadOnlyList<SeenExtension>>>
{
    public async ValueTask<Result<IReadOnlyList<SeenExtension>>> Handle(ListSeenExtensionsQuery query, CancellationToken ct) =>
        Result<IReadOnlyList<SeenExtension>>.Success(await extensions.ListAsync(query.CompanyId, ct));
}
