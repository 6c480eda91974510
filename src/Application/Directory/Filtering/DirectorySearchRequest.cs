namespace Platform.Application.Directory.Filtering;

/// <summary>
/// One page of a company's users or groups: those matching <see cref="Filter"/> (null: all), in <see cref="Sort"/>'s
/// order (null: by id), after <see cref="After"/> when given (a keyset seek), else after skipping <see cref="Skip"/>.
/// </summary>
public sealed record DirectorySearchRequest(DirectoryFilter? Filter, DirectorySort? Sort, int Skip, int Take, KeysetPosition? After = null);
