using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Api.Pages.Shared;

namespace Platform.Api.Pages;

public sealed class IndexModel : PageModel
{
    public RedirectToPageResult OnGet() => RedirectToPage(ConsoleNavigation.HomePage);
}
