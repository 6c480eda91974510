using Platform.Application.Directory.Filtering;

namespace Platform.Application.Directory.Groups;

/// <param name="Members">The page's members in group order, streamed (null when members were not asked for).</param>
/// <param name="Next">With cursor paging, where the next page starts; null on the last page.</param>
/// <param name="TotalCounted">False for cursor pages after the first, which do not count (so a walk stays O(n)).</param>
public sealed record GroupPage(IReadOnlyList<GroupView> Groups, int TotalResults, IAsyncEnumerable<GroupMemberOfGroup>? Members, KeysetPosition? Next = null, bool TotalCounted = true);
