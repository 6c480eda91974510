namespace Platform.Application.Directory.Filtering;

/// <summary>
/// The order of a list (RFC 7644 §3.4.2.3): by one attribute, ties broken by id in the same direction. Ascending puts
/// resources without a value last; descending is the exact reverse (them first). A multi-valued attribute sorts by
/// its primary value, else its first. Text that is not case-exact sorts without case.
/// </summary>
public sealed record DirectorySort(FilterAttribute Attribute, bool Descending = false);
