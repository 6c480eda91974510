namespace Platform.Api.Console.Shared;

/// <summary>A read-only value an admin pastes elsewhere, with a Copy button (console.js; without script the field stays selectable).</summary>
public sealed record CopyField(string Id, string Label, string Value, string Hint);
