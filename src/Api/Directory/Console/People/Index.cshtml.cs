using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Console;
using Platform.Api.Console.Shared;
using Platform.Application.Directory.Users;

namespace Platform.Api.Directory.Console.People;

/// <summary>People: the users the identity provider provisioned, active and deactivated, searched by name, in pages. Read-only.</summary>
public sealed class PeopleModel(ISender sender, TimeProvider clock) : ListPageModel
{
    /// <summary>The status filter's values in the URL (<c>?status=deactivated</c>) and what each asks for.</summary>
    public static readonly IReadOnlyList<(string Key, string Label, bool Active)> Statuses =
    [
        ("active", "Active", true),
        ("deactivated", "Deactivated", false),
    ];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    public UserSummaryPage Results { get; private set; } = new([], 0);

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public bool Filtered => !string.IsNullOrWhiteSpace(Search) || Status is not null;

    public Pager Pager => new("People pages", "/Directory/Console/People/Index", PageNumber, PageSize, Results.TotalResults, Results.Users.Count, new Dictionary<string, string?>
    {
        ["q"] = Search,
        ["status"] = Status,
    });

    public PeopleTable Table => new("people", Pager.Caption, Results.Users, Now);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var status = Statuses.FirstOrDefault(s => s.Key == Status);
        Status = status.Key;
        Search = Search?.Trim();
        var active = status.Key is null ? (bool?)null : status.Active;
        var result = await sender.Send(new SearchUsersQuery(Account.CompanyId, Search, active, Skip, PageSize), ct);
        if (!result.IsSuccess) return Failure(result.Error);
        Results = result.Value;
        return Page();
    }
}
