namespace Platform.Api.Scim.Common.Filtering;

/// <summary><c>title pr</c>: the attribute has a non-empty value.</summary>
public sealed record PresentFilter(AttributePath Path) : ScimFilter;
