namespace Platform.Api.Console.Shared;

/// <param name="Page">The Razor page the link opens.</param>
/// <param name="Folder">Pages under this folder mark the item as the current one.</param>
public sealed record NavigationItem(string Label, string Page, string Folder);
