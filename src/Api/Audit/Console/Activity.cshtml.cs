using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Console;
using Platform.Api.Console.Shared;
using Platform.Application.Audit;

namespace Platform.Api.Audit.Console;

/// <summary>The company's audit log: who did what, when; newest first, filtered by kind, in pages.</summary>
public sealed class ActivityModel(ISender sender, TimeProvider clock) : ListPageModel
{
    public static readonly IReadOnlyList<ActivityKind> Kinds =
    [
        new("user", "People", "user."),
        new("group", "Groups", "group."),
        new("integration", "Integrations", "integration."),
        new("account", "Console accounts", "account."),
        new("company", "Company", "company."),
    ];

    /// <summary>Up to this many changed attributes show in the row; more fold into a <c>details</c> element.</summary>
    public const int ChangesShownOpen = 3;

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    public AuditPage Entries { get; private set; } = new([], 0, 0, PageSize);

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public Pager Pager => new("Activity pages", "/Audit/Console/Activity", PageNumber, PageSize, Entries.Total, Entries.Entries.Count, new Dictionary<string, string?> { ["kind"] = Kind })
    {
        Previous = "← Newer",
        Next = "Older →",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var kind = Kinds.FirstOrDefault(k => k.Key == Kind);
        Kind = kind?.Key;
        var result = await sender.Send(new ListAuditEntriesQuery(Account.CompanyId, kind?.ActionPrefix, Skip, PageSize), ct);
        if (!result.IsSuccess) return Failure(result.Error);
        Entries = result.Value;
        return Page();
    }
}
