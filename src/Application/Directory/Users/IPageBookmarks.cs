using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>
/// Where the pages of a walk through a company's users ended. Okta imports by asking for <c>startIndex</c> 1, 101,
/// 201, … in turn; the page after a bookmarked one starts right after the bookmark's user (a keyset seek) instead of
/// counting its way past every user before it, and reuses the total counted when the walk began. A bookmark holds an
/// id and a count, never a user; a page read through it is read from the database like any other.
/// </summary>
public interface IPageBookmarks
{
    /// <summary>The bookmark left by the page that ended just before <paramref name="skip"/>, if this server served it lately.</summary>
    PageBookmark? Find(CompanyId companyId, int skip);

    void Remember(CompanyId companyId, int skip, PageBookmark bookmark);
}
