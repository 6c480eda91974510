using System.Collections.Concurrent;
using Platform.Application.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Directory.Users;

/// <summary>
/// The bookmarks of the walks this server served lately, in memory: a walk whose pages land on different replicas
/// simply finds none there and pages by offset, with the same result. Each lives <see cref="Lifetime"/>; there are at
/// most <see cref="MaxBookmarks"/> (a flood of walks empties the lot, costing only speed).
/// </summary>
internal sealed class PageBookmarks(TimeProvider clock) : IPageBookmarks
{
    internal static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    private const int MaxBookmarks = 20_000;

    private readonly ConcurrentDictionary<(CompanyId, int), (PageBookmark Bookmark, long ExpiresAt)> _bookmarks = new();

    public PageBookmark? Find(CompanyId companyId, int skip)
    {
        if (!_bookmarks.TryGetValue((companyId, skip), out var entry)) return null;
        return clock.GetTimestamp() <= entry.ExpiresAt ? entry.Bookmark : null;
    }

    public void Remember(CompanyId companyId, int skip, PageBookmark bookmark)
    {
        if (_bookmarks.Count >= MaxBookmarks) _bookmarks.Clear();
        _bookmarks[(companyId, skip)] = (bookmark, clock.GetTimestamp() + (long)(Lifetime.TotalSeconds * clock.TimestampFrequency));
    }
}
