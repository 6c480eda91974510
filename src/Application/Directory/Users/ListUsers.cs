using FluentValidation;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Directory.Filtering;
using Platform.Application.Directory.Schema;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <param name="Skip">Users to pass over (SCIM's startIndex − 1).</param>
/// <param name="Take">Page size; 0 asks for the total only.</param>
/// <param name="Sort">Null: in id order.</param>
/// <param name="Keyset">Cursor paging (RFC 9865) instead of <paramref name="Skip"/>.</param>
public sealed record ListUsersQuery(CompanyId CompanyId, UserFilter Filter, int Skip, int Take, DirectorySort? Sort = null, KeysetPaging? Keyset = null)
    : IQuery<Result<UserPage>>, ITenantScoped;

public sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public const int MaxPageSize = 1000;

    public ListUsersValidator()
    {
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Take).InclusiveBetween(0, MaxPageSize);
        RuleForEach(q => q.Filter.Conditions)
            .Must(c => c.Field != UserFilterField.Active || bool.TryParse(c.Value, out _))
            .WithErrorCode("directory.invalid_filter")
            .WithMessage("active can only be compared with true or false.")
            .OverridePropertyName("filter");
    }
}

/// <summary>
/// Reads the page first and counts only when the page cannot tell the total: a page shorter than asked for ends the
/// list, so its total is where it ended. A walk through all users (no filter) leaves a bookmark at the end of each
/// full page, so its next page is a keyset seek and reuses the count taken when the walk began; see
/// <see cref="IPageBookmarks"/>. Other pages past the first read their ids first, on the primary key's index alone.
/// Any other filter, a sort or cursor paging goes through <see cref="IDirectorySearch"/>: one statement for the page's
/// ids (and one to count, when the page cannot tell), then the users by id.
/// </summary>
public sealed class ListUsersHandler(IRepository<User> users, IUserViews views, IPageBookmarks bookmarks, IDirectorySearch search)
    : IQueryHandler<ListUsersQuery, Result<UserPage>>
{
    public async ValueTask<Result<UserPage>> Handle(ListUsersQuery query, CancellationToken ct)
    {
        var (companyId, filter, skip, take) = (query.CompanyId, query.Filter, query.Skip, query.Take);
        if (!filter.IsConjunctionOfEqualities || query.Sort is not null || query.Keyset is not null) return await SearchAsync(query, ct);
        if (take == 0) return new UserPage([], await users.CountAsync(new UsersMatchingFilterSpec(companyId, filter), ct));

        var walk = filter.Conditions.Count == 0;
        var bookmark = walk && skip > 0 ? bookmarks.Find(companyId, skip) : null;
        var page = await ReadPageAsync(companyId, filter, bookmark, skip, take, ct);

        // A short page read by offset ends the list where it ended, in the same statement's snapshot. A walk's middle
        // pages reuse its count; its last page counts again, since users may have come and gone while it walked.
        var total = bookmark is null && page.Count < take && (page.Count > 0 || skip == 0) ? skip + page.Count
            : bookmark is not null && page.Count == take && skip + take < bookmark.Total ? bookmark.Total
            : await users.CountAsync(new UsersMatchingFilterSpec(companyId, filter), ct);

        if (walk && page.Count == take && skip + take < total && UserId.TryParse(page[^1].Id, out var last))
        {
            bookmarks.Remember(companyId, skip + take, new PageBookmark(last, total));
        }

        return new UserPage(page, total);
    }

    private async Task<IReadOnlyList<UserView>> ReadPageAsync(CompanyId companyId, UserFilter filter, PageBookmark? bookmark, int skip, int take, CancellationToken ct)
    {
        if (bookmark is not null) return await views.ListAsync(new UsersPageSpec(companyId, filter, bookmark.After, 0, take), ct);
        if (skip == 0) return await views.ListAsync(new UsersPageSpec(companyId, filter, null, 0, take), ct);

        // Past the first page by offset: the ids first, on the primary key's index alone, then those users.
        var ids = await users.ListAsync(new UserIdsPageSpec(companyId, filter, skip, take), ct);
        return ids.Count == 0 ? [] : await views.ListAsync(new UsersWithIdsSpec(companyId, ids), ct);
    }

    private async Task<UserPage> SearchAsync(ListUsersQuery query, CancellationToken ct)
    {
        var (companyId, expression, take) = (query.CompanyId, query.Filter.Expression, query.Take);
        var type = DirectoryCatalogue.UserType;
        var after = query.Keyset?.After;
        var firstPage = query.Keyset is null || after is null;
        if (take == 0) return new UserPage([], await search.CountAsync(companyId, type, expression, ct));

        // A cursor page reads one more than it returns: that one tells whether there is a next page.
        var skip = query.Keyset is null ? query.Skip : 0;
        var rows = await search.PageAsync(companyId, type, new DirectorySearchRequest(expression, query.Sort, skip, query.Keyset is null ? take : take + 1, after), ct);
        var page = rows.Count > take ? rows.Take(take).ToList() : rows;
        var next = query.Keyset is not null && rows.Count > take ? page[^1] : null;

        var found = page.Count == 0 ? [] : await views.ListAsync(new UsersWithIdsSpec(companyId, page.Select(r => new UserId(r.Id)).ToList()), ct);
        var byId = found.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var ordered = page.Select(r => byId.GetValueOrDefault(r.Id.ToString("D"))).OfType<UserView>().ToList();

        if (!firstPage) return new UserPage(ordered, 0, next, TotalCounted: false);
        var total = page.Count < take && (page.Count > 0 || skip == 0) && next is null ? skip + page.Count : await search.CountAsync(companyId, type, expression, ct);
        return new UserPage(ordered, total, next);
    }
}
