namespace Platform.Application.Directory.Filtering;

/// <summary>
/// <c>emails[type eq "work" and value co "@example.com"]</c>: some one value of the multi-valued
/// <see cref="Attribute"/> satisfies <see cref="Condition"/>, whose attributes are sub-attributes of it.
/// </summary>
public sealed record ValuePathCondition(FilterAttribute Attribute, DirectoryFilter Condition) : DirectoryFilter;
