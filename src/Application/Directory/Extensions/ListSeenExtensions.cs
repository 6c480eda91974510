using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Domain.Directory.Extensions;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Extensions;

/// <summary>The custom extensions a company's clients have written, oldest first, for its <c>/Schemas</c> and <c>/ResourceTypes</c>.</summary>
public sealed record ListSeenExtensionsQuery(CompanyId CompanyId) : IQuery<IReadOnlyList<SeenExtension>>, ITenantScoped;

public sealed class ListSeenExtensionsHandler(ISeenExtensions extensions) : IQueryHandler<ListSeenExtensionsQuery, IReadOnlyList<SeenExtension>>
{
    public async ValueTask<IReadOnlyList<SeenExtension>> Handle(ListSeenExtensionsQuery query, CancellationToken ct) =>
        await extensions.ListAsync(query.CompanyId, ct);
}
