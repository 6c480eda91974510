using FluentValidation;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

/// <param name="IncludeMembers">False for <c>excludedAttributes=members</c>: large groups are listed without reading members.</param>
public sealed record ListGroupsQuery(CompanyId CompanyId, GroupFilter Filter, int Skip, int Take, bool IncludeMembers) : IQuery<Result<GroupPage>>, ITenantScoped;

public sealed class ListGroupsValidator : AbstractValidator<ListGroupsQuery>
{
    public ListGroupsValidator()
    {
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Take).InclusiveBetween(0, 1000);
    }
}

public sealed class ListGroupsHandler(IRepository<Group> groups, IMembershipReads reads) : IQueryHandler<ListGroupsQuery, Result<GroupPage>>
{
    public async ValueTask<Result<GroupPage>> Handle(ListGroupsQuery query, CancellationToken ct)
    {
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
}
