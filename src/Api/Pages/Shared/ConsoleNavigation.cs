namespace Platform.Api.Pages.Shared;

/// <param name="Page">The Razor page the link opens.</param>
/// <param name="Folder">Pages under this folder mark the item as the current one.</param>
public sealed record NavigationItem(string Label, string Page, string Folder);

/// <summary>The console's main navigation. A new area is one more item and its pages.</summary>
public static class ConsoleNavigation
{
    public const string HomePage = "/Settings/Integrations/Index";

    public static readonly IReadOnlyList<NavigationItem> Items =
    [
        new("People", "/People/Index", "/People/"),
        new("Groups", "/Groups/Index", "/Groups/"),
        new("Activity", "/Activity", "/Activity"),
        new("Company Settings", "/Settings/Integrations/Index", "/Settings/"),
    ];

    public static bool IsCurrent(NavigationItem item, string? currentPage) =>
        currentPage is not null && currentPage.StartsWith(item.Folder, StringComparison.OrdinalIgnoreCase);
}
