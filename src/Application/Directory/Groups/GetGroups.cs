using FluentValidation;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

public sealed record GetGroupQuery(CompanyId CompanyId, string GroupId) : IQuery<Result<GroupView>>, ITenantScoped;

public sealed class GetGroupHandler(IRepository<Group> groups) : IQueryHandler<GetGroupQuery, Result<GroupView>>
{
    public async ValueTask<Result<GroupView>> Handle(GetGroupQuery query, CancellationToken ct)
    {
        if (!GroupId.TryParse(query.GroupId, out var id)) return GroupErrors.NotFound(query.GroupId);
        var group = await groups.FirstOrDefaultAsync(new GroupByIdSpec(query.CompanyId, id), ct);
        return group is null
            ? GroupErrors.NotFound(query.GroupId)
            : new GroupView(group.Id.ToString(), group.Profile, group.CreatedAt, group.LastModifiedAt, group.Version);
    }
}

/// <summary>A group's members as a stream: a 100,000-member group is written out without being held in memory.</summary>
public sealed record StreamGroupMembersQuery(CompanyId CompanyId, string GroupId) : IQuery<Result<IAsyncEnumerable<GroupMemberView>>>, ITenantScoped;

public sealed class StreamGroupMembersHandler(IMembershipReads reads) : IQueryHandler<StreamGroupMembersQuery, Result<IAsyncEnumerable<GroupMemberView>>>
{
    public ValueTask<Result<IAsyncEnumerable<GroupMemberView>>> Handle(StreamGroupMembersQuery query, CancellationToken ct) =>
        ValueTask.FromResult<Result<IAsyncEnumerable<GroupMemberView>>>(GroupId.TryParse(query.GroupId, out var id)
            ? Result<IAsyncEnumerable<GroupMemberView>>.Success(reads.StreamMembersAsync(query.CompanyId, id, ct))
            : GroupErrors.NotFound(query.GroupId));
}

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

/// <summary>Member counts for a page of groups (the console lists them).</summary>
public sealed record CountGroupMembersQuery(CompanyId CompanyId, IReadOnlyList<string> GroupIds) : IQuery<Result<IReadOnlyDictionary<string, int>>>, ITenantScoped;

public sealed class CountGroupMembersHandler(IMembershipReads reads) : IQueryHandler<CountGroupMembersQuery, Result<IReadOnlyDictionary<string, int>>>
{
    public async ValueTask<Result<IReadOnlyDictionary<string, int>>> Handle(CountGroupMembersQuery query, CancellationToken ct)
    {
        var ids = query.GroupIds.Select(text => GroupId.TryParse(text, out var id) ? id : (GroupId?)null).OfType<GroupId>().ToList();
        return Result<IReadOnlyDictionary<string, int>>.Success(await reads.MemberCountsAsync(query.CompanyId, ids, ct));
    }
}
