using Microsoft.AspNetCore.Mvc;
using Platform.Api.Console.Shared;

namespace Platform.Api.Console;

/// <summary>A console page that shows a long list a page at a time: <c>?p=2</c>, 25 rows a page.</summary>
public abstract class ListPageModel : ConsolePageModel
{
    public const int PageSize = 25;
    private int _pageNumber = 1;

    /// <summary>From the URL; anything below 1 (or not a number) is the first page.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber
    {
        get => _pageNumber;
        set => _pageNumber = Math.Max(1, value);
    }

    protected int Skip => Pager.SkipFor(PageNumber, PageSize);
}
