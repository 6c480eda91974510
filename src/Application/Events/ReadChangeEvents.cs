using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Results;
using Platform.Domain.Events;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events;

/// <summary>The events API's read: a page of a company's events after a cursor (docs/events.md).</summary>
public sealed record ReadChangeEventsQuery(CompanyId CompanyId, string? After, int? Limit) : IQuery<Result<ChangeEventPage>>, ITenantScoped
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
}

public sealed class ReadChangeEventsHandler(IChangeEventReader reader) : IQueryHandler<ReadChangeEventsQuery, Result<ChangeEventPage>>
{
    public async ValueTask<Result<ChangeEventPage>> Handle(ReadChangeEventsQuery query, CancellationToken ct)
    {
        var limit = query.Limit ?? ReadChangeEventsQuery.DefaultLimit;
        if (limit is < 1 or > ReadChangeEventsQuery.MaxLimit) return EventsErrors.InvalidLimit(ReadChangeEventsQuery.MaxLimit);

        EventCursor? after = null;
        if (!string.IsNullOrEmpty(query.After))
        {
            if (!EventCursor.TryParse(query.After, out var parsed)) return EventsErrors.InvalidCursor;
            after = parsed;
        }

        var events = await reader.ReadAsync(query.CompanyId, after, limit, ct);
        var views = events.Select(ChangeEventView.From).ToList();
        return new ChangeEventPage(views, views.Count > 0 ? views[^1].Cursor : after?.ToString(), views.Count == limit);
    }
}
