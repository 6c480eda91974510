namespace Platform.Api.Console.Shared;

/// <summary>The console's main navigation. A new area is one more item and its pages.</summary>
public static class ConsoleNavigation
{
    public const string HomePage = "/Integrations/Console/Index";

    public static readonly IReadOnlyList<NavigationItem> Items =
    [
        new("People", "/Directory/Console/People/Index", "/Directory/Console/People/"),
        new("Groups", "/Directory/Console/Groups/Index", "/Directory/Console/Groups/"),
        new("Activity", "/Audit/Console/Activity", "/Audit/Console/Activity"),
        new("Company Settings", "/Integrations/Console/Index", "/Integrations/Console/"),
        new("API Keys", "/Events/Console/ApiKeys", "/Events/Console/ApiKeys", AdminOnly: true),
        new("Webhooks", "/Events/Console/Webhooks/Index", "/Events/Console/Webhooks/", AdminOnly: true),
    ];

    public static bool IsCurrent(NavigationItem item, string? currentPage) =>
        currentPage is not null && currentPage.StartsWith(item.Folder, StringComparison.OrdinalIgnoreCase);
}
