using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Console;
using Platform.Api.Console.Shared;
using Platform.Application.Directory.Groups;

namespace Platform.Api.Directory.Console.Groups;

/// <summary>Groups with their member counts (one count query per page), in pages; admins also get the create form.</summary>
public sealed class GroupsModel(ISender sender, TimeProvider clock) : ListPageModel
{
    public GroupPage Results { get; private set; } = new([], 0, null);

    public IReadOnlyDictionary<string, int> MemberCounts { get; private set; } = new Dictionary<string, int>();

    public bool CanCreate => Account.IsAdmin;

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public Pager Pager => new("Group pages", "/Directory/Console/Groups/Index", PageNumber, PageSize, Results.TotalResults, Results.Groups.Count, new Dictionary<string, string?>());

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var groups = await sender.Send(new ListGroupsQuery(Account.CompanyId, GroupFilter.All, Skip, PageSize, IncludeMembers: false), ct);
        if (!groups.IsSuccess) return Failure(groups.Error);
        Results = groups.Value;
        if (Results.Groups.Count == 0) return Page();

        var counts = await sender.Send(new CountGroupMembersQuery(Account.CompanyId, Results.Groups.Select(g => g.Id).ToList()), ct);
        if (!counts.IsSuccess) return Failure(counts.Error);
        MemberCounts = counts.Value;
        return Page();
    }
}
