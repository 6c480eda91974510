using FluentValidation;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Results;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

/// <summary>
/// One page of a group's members, for people to read (the console); SCIM clients stream them instead. A group that
/// does not exist (or is another company's) has no members: read the group itself to tell it apart.
/// </summary>
/// <param name="Take">Page size; 0 asks for the total only.</param>
public sealed record ListGroupMembersQuery(CompanyId CompanyId, string GroupId, int Skip, int Take) : IQuery<Result<UserListItemPage>>, ITenantScoped;

public sealed class ListGroupMembersValidator : AbstractValidator<ListGroupMembersQuery>
{
    public ListGroupMembersValidator()
    {
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Take).InclusiveBetween(0, ListUsersValidator.MaxPageSize);
    }
}

public sealed class ListGroupMembersHandler(IMembershipReads reads) : IQueryHandler<ListGroupMembersQuery, Result<UserListItemPage>>
{
    public async ValueTask<Result<UserListItemPage>> Handle(ListGroupMembersQuery query, CancellationToken ct)
    {
        if (!GroupId.TryParse(query.GroupId, out var id)) return GroupErrors.NotFound(query.GroupId);
        var counts = await reads.MemberCountsAsync(query.CompanyId, [id], ct);
        var total = counts.GetValueOrDefault(id.ToString());
        var page = query.Take == 0 || query.Skip >= total ? [] : await reads.MemberPageAsync(query.CompanyId, id, query.Skip, query.Take, ct);
        return new UserListItemPage(page, total);
    }
}
