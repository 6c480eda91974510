namespace Platform.Api.Scim.Common.Filtering;

/// <summary>
/// <c>emails[type eq "work"]</c>: some element of the multi-valued <see cref="Path"/> matches <see cref="Filter"/>,
/// whose attribute paths name sub-attributes of that element (<c>type</c> means <c>emails.type</c>).
/// </summary>
public sealed record ValuePathFilter(AttributePath Path, ScimFilter Filter) : ScimFilter;
