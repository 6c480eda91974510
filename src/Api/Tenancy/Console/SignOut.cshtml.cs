using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Api.Common;

namespace Platform.Api.Tenancy.Console;

/// <summary>Sign out is a POST (a link or an image could otherwise sign an admin out); a GET just goes home.</summary>
public sealed class SignOutModel : PageModel
{
    public RedirectResult OnGet() => Redirect("/");

    public async Task<RedirectToPageResult> OnPostAsync([FromServices] Mediator.ISender sender)
    {
        await CurrentAccount.SignOutAsync(HttpContext, sender);
        return RedirectToPage("/Tenancy/Console/SignIn");
    }
}
