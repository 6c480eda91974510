using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Console;
using Platform.Api.Console.Shared;
using Platform.Application.Directory.Groups;
using Platform.Application.Directory.Users;

namespace Platform.Api.Directory.Console.Groups;

/// <summary>One group and its members, a page at a time. Read-only: Okta keeps the members in step.</summary>
public sealed class GroupModel(ISender sender, TimeProvider clock) : ListPageModel
{
    /// <summary><c>?created=1</c>, from the redirect after an admin created the group: the page then says how Okta links to it.</summary>
    [BindProperty(SupportsGet = true, Name = "created")]
    public int Created { get; set; }

    public bool JustCreated => Created == 1;

    public GroupView Group { get; private set; } = null!;

    public UserListItemPage Members { get; private set; } = new([], 0);

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public Pager Pager => new("Member pages", "/Directory/Console/Groups/Details", PageNumber, PageSize, Members.TotalResults, Members.Users.Count, new Dictionary<string, string?>
    {
        ["id"] = Group.Id,
    });

    public PeopleTable Table => new("members", "Members: " + Pager.Caption, Members.Users, Now);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var group = await sender.Send(new GetGroupQuery(Account.CompanyId, id), ct);
        if (!group.IsSuccess) return Failure(group.Error);
        Group = group.Value;

        var members = await sender.Send(new ListGroupMembersQuery(Account.CompanyId, Group.Id, Skip, PageSize), ct);
        if (!members.IsSuccess) return Failure(members.Error);
        Members = members.Value;
        return Page();
    }
}
