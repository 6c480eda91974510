using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Api.Pages;

/// <summary>Sign out is a POST (a link or an image could otherwise sign an admin out); a GET just goes home.</summary>
public sealed class SignOutModel : PageModel
{
    public RedirectResult OnGet() => Redirect("/");

    public async Task<RedirectToPageResult> OnPostAsync([FromServices] Mediator.ISender sender)
    {
        await Admin.CurrentAccount.SignOutAsync(HttpContext, sender);
        return RedirectToPage("/SignIn");
    }
}
