using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

/// <param name="After">The last user of the page that left it (pages are in id order).</param>
/// <param name="Total">The company's user count as counted when the walk began.</param>
public sealed record PageBookmark(UserId After, int Total);
