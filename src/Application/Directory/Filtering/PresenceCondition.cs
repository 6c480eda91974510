namespace Platform.Application.Directory.Filtering;

/// <summary><c>title pr</c>: the attribute has a value that is neither null nor empty (RFC 7644 §3.4.2.2).</summary>
public sealed record PresenceCondition(FilterAttribute Attribute) : DirectoryFilter;
