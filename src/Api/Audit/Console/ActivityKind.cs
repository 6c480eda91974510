namespace Platform.Api.Audit.Console;

/// <param name="Key">The value in the URL (<c>?kind=integration</c>).</param>
/// <param name="ActionPrefix">The audit actions of this kind start with it.</param>
public sealed record ActivityKind(string Key, string Label, string ActionPrefix);
