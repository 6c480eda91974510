using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Application.Audit;

namespace Platform.Api.Pages;

/// <param name="Key">The value in the URL (<c>?kind=integration</c>).</param>
/// <param name="ActionPrefix">The audit actions of this kind start with it.</param>
public sealed record ActivityKind(string Key, string Label, string ActionPrefix);

/// <summary>The company's audit log: who did what, when; newest first, filtered by kind, in pages.</summary>
public sealed class ActivityModel(ISender sender, TimeProvider clock) : ConsolePageModel
{
    public const int PageSize = 25;

    /// <summary>The kinds to filter by; People and Groups add <c>user.</c> and <c>group.</c> here.</summary>
    public static readonly IReadOnlyList<ActivityKind> Kinds =
    [
        new("integration", "Integrations", "integration."),
        new("account", "Console accounts", "account."),
        new("company", "Company", "company."),
    ];

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Entries { get; private set; } = new([], 0, 0, PageSize);

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public int PageCount => Math.Max(1, (Entries.Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var kind = Kinds.FirstOrDefault(k => k.Key == Kind);
        Kind = kind?.Key;
        PageNumber = Math.Max(1, PageNumber);
        var result = await sender.Send(new ListAuditEntriesQuery(Account.CompanyId, kind?.ActionPrefix, (PageNumber - 1) * PageSize, PageSize), ct);
        if (!result.IsSuccess) return Failure(result.Error);
        Entries = result.Value;
        return Page();
    }
}
