namespace Platform.Api.Console.Shared;

/// <param name="Page">The Razor page the link opens.</param>
/// <param name="Folder">Pages under this folder mark the item as the current one.</param>
/// <param name="AdminOnly">Shown to admins only (the page answers members with 403).</param>
public sealed record NavigationItem(string Label, string Page, string Folder, bool AdminOnly = false);
