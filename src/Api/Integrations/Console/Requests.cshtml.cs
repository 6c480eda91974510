using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Console;
using Platform.Api.Console.Shared;
using Platform.Application.Integrations;

namespace Platform.Api.Integrations.Console;

/// <summary>The SCIM request log (admins only): every request Okta made, newest first, filtered and in pages.</summary>
public sealed class RequestsModel(ISender sender, TimeProvider clock) : ListPageModel
{
    public static readonly IReadOnlyList<(string Key, string Label)> StatusClasses =
        [("2xx", "Succeeded (2xx)"), ("4xx", "Refused (4xx)"), ("5xx", "Server errors (5xx)")];

    public static readonly IReadOnlyList<string> Resources = ["Users", "Groups", "Other"];

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "method")]
    public string? Method { get; set; }

    [BindProperty(SupportsGet = true, Name = "resource")]
    public string? Resource { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    public ScimRequestPage Requests { get; private set; } = new([], 0, 0, PageSize);

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public bool Filtered => new[] { Status, Method, Resource, From, To }.Any(v => !string.IsNullOrWhiteSpace(v));

    public Pager Pager => new(
        "Request log pages",
        "/Integrations/Console/Requests",
        PageNumber,
        PageSize,
        Requests.Total,
        Requests.Requests.Count,
        new Dictionary<string, string?> { ["status"] = Status, ["method"] = Method, ["resource"] = Resource, ["from"] = From, ["to"] = To })
    {
        Previous = "← Newer",
        Next = "Older →",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var filter = new ScimRequestListParameters(Status, Method, Resource, From, To).ToFilter();
        if (!filter.IsSuccess)
        {
            Problems = [.. filter.Errors.Select(e => e.Message)];
            return Page();
        }

        var result = await sender.Send(new ListScimRequestsQuery(Account.CompanyId, filter.Value, Skip, PageSize), ct);
        if (!result.IsSuccess)
        {
            Problems = [.. result.Errors.Select(e => e.Message)];
            return Page();
        }

        Requests = result.Value;
        return Page();
    }
}
