using FluentValidation;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

public sealed record ScimRequestPage(IReadOnlyList<ScimRequestSummaryView> Requests, int Total, int Skip, int Take);

/// <summary>The company's SCIM request log, newest first, a page at a time.</summary>
public sealed record ListScimRequestsQuery(CompanyId CompanyId, ScimRequestFilter Filter, int Skip, int Take) : IQuery<Result<ScimRequestPage>>, ITenantScoped;

public sealed class ListScimRequestsValidator : AbstractValidator<ListScimRequestsQuery>
{
    public ListScimRequestsValidator()
    {
        RuleFor(q => q.Filter.StatusClass)
            .Must(c => c is null || ScimRequestFilter.StatusClasses.Contains(c.Value))
            .WithName("status")
            .WithMessage("Status must be 2xx, 4xx or 5xx.");
        RuleFor(q => q.Filter.Method)
            .Must(m => m is null || ScimRequestFilter.Methods.Contains(m.ToUpperInvariant()))
            .WithName("method")
            .WithMessage($"Method must be one of {string.Join(", ", ScimRequestFilter.Methods)}.");
        RuleFor(q => q.Filter.Resource).IsInEnum().WithName("resource").WithMessage("Resource must be Users, Groups or Other.");
        RuleFor(q => q.Filter)
            .Must(f => f.From is null || f.To is null || f.From < f.To)
            .WithName("from")
            .WithMessage("'from' must be before 'to'.");
    }
}

public sealed class ListScimRequestsHandler(IRepository<ScimRequestRecord> requests)
    : IQueryHandler<ListScimRequestsQuery, Result<ScimRequestPage>>
{
    public const int MaxTake = 200;

    public async ValueTask<Result<ScimRequestPage>> Handle(ListScimRequestsQuery query, CancellationToken ct)
    {
        var take = Math.Clamp(query.Take, 1, MaxTake);
        var skip = Math.Max(0, query.Skip);
        var spec = new ScimRequestsPageSpec(query.CompanyId, query.Filter, skip, take);
        var page = await requests.ListAsync(spec, ct);
        var total = await requests.CountAsync(spec, ct);
        return new ScimRequestPage(page, total, skip, take);
    }
}
