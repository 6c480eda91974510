using Platform.Application.Directory.Filtering;

namespace Platform.Application.Directory.Users;

/// <param name="Next">With cursor paging, where the next page starts; null on the last page.</param>
/// <param name="TotalCounted">False for cursor pages after the first, which do not count (so a walk stays O(n)).</param>
public sealed record UserPage(IReadOnlyList<UserView> Users, int TotalResults, KeysetPosition? Next = null, bool TotalCounted = true);
