using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Api.Console.Shared;

namespace Platform.Api.Console;

public sealed class IndexModel : PageModel
{
    public RedirectToPageResult OnGet() => RedirectToPage(ConsoleNavigation.HomePage);
}
