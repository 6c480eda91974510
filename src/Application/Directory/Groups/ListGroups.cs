using FluentValidation;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Directory.Filtering;
using Platform.Application.Directory.Schema;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

/// <param name="IncludeMembers">False for <c>excludedAttributes=members</c>: large groups are listed without reading members.</param>
/// <param name="Sort">Null: in id order.</param>
/// <param name="Keyset">Cursor paging (RFC 9865) instead of <paramref name="Skip"/>.</param>
public sealed record ListGroupsQuery(CompanyId CompanyId, GroupFilter Filter, int Skip, int Take, bool IncludeMembers, DirectorySort? Sort = null, KeysetPaging? Keyset = null)
    : IQuery<Result<GroupPage>>, ITenantScoped;

public sealed class ListGroupsValidator : AbstractValidator<ListGroupsQuery>
{
    public ListGroupsValidator()
    {
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Take).InclusiveBetween(0, 1000);
    }
}

/// <summary>
/// The filters identity providers send (<c>eq</c> joined with <c>and</c>) as a specification; any other filter, a sort
/// or cursor paging through <see cref="IDirectorySearch"/> (the page's ids, then those groups).
/// </summary>
public sealed class ListGroupsHandler(IRepository<Group> groups, IMembershipReads reads, IDirectorySearch search) : IQueryHandler<ListGroupsQuery, Result<GroupPage>>
{
    public async ValueTask<Result<GroupPage>> Handle(ListGroupsQuery query, CancellationToken ct)
    {
        if (!query.Filter.IsConjunctionOfEqualities || query.Sort is not null || query.Keyset is not null) return await SearchAsync(query, ct);

        // Each member condition narrows the groups to those containing that user too.
        IReadOnlyList<GroupId>? memberOf = null;
        foreach (var member in query.Filter.Conditions.Where(c => c.Field == GroupFilterField.Member))
        {
            var containing = await reads.GroupsContainingAsync(query.CompanyId, member.Value, ct);
            memberOf = memberOf is null ? containing : memberOf.Intersect(containing).ToList();
        }

        var spec = new GroupsMatchingFilterSpec(query.CompanyId, query.Filter, memberOf, query.Skip, Math.Max(query.Take, 1));
        var total = await groups.CountAsync(spec, ct);
        var page = query.Take == 0 || query.Skip >= total ? [] : await groups.ListAsync(spec, ct);
        var members = query.IncludeMembers && page.Count > 0
            ? reads.StreamMembersOfGroupsAsync(query.CompanyId, page.Select(g => new GroupId(Guid.Parse(g.Id))).ToList(), ct)
            : null;
        return new GroupPage(page, total, members);
    }

    private async Task<GroupPage> SearchAsync(ListGroupsQuery query, CancellationToken ct)
    {
        var (companyId, expression, take) = (query.CompanyId, query.Filter.Expression, query.Take);
        var type = DirectoryCatalogue.GroupType;
        var after = query.Keyset?.After;
        var firstPage = query.Keyset is null || after is null;
        if (take == 0) return new GroupPage([], await search.CountAsync(companyId, type, expression, ct), null);

        // A cursor page reads one more than it returns: that one tells whether there is a next page.
        var skip = query.Keyset is null ? query.Skip : 0;
        var rows = await search.PageAsync(companyId, type, new DirectorySearchRequest(expression, query.Sort, skip, query.Keyset is null ? take : take + 1, after), ct);
        var page = rows.Count > take ? rows.Take(take).ToList() : rows;
        var next = query.Keyset is not null && rows.Count > take ? page[^1] : null;

        var ids = page.Select(r => new GroupId(r.Id)).ToList();
        var found = ids.Count == 0 ? [] : await groups.ListAsync(new GroupsWithIdsSpec(query.CompanyId, ids), ct);
        var byId = found.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var ordered = page.Select(r => byId.GetValueOrDefault(r.Id.ToString("D"))).OfType<GroupView>().ToList();
        var members = query.IncludeMembers && ordered.Count > 0
            ? reads.StreamMembersOfGroupsAsync(companyId, ordered.Select(g => new GroupId(Guid.Parse(g.Id))).ToList(), ct)
            : null;

        if (!firstPage) return new GroupPage(ordered, 0, members, next, TotalCounted: false);
        var total = page.Count < take && (page.Count > 0 || skip == 0) && next is null ? skip + page.Count : await search.CountAsync(companyId, type, expression, ct);
        return new GroupPage(ordered, total, members, next);
    }
}
