using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Api.Common;

namespace Platform.Api.Console;

/// <summary>
/// The page behind every empty error answer on a console path (re-executed with the original method, hence the POST
/// handler and no antiforgery check), and behind <c>/forbidden</c>.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    /// <param name="code">From the route only: a re-executed POST's form must not choose the page.</param>
    public void OnGet([FromRoute] int? code)
    {
        var forbidden = Request.Path.StartsWithSegments("/forbidden");
        Code = forbidden ? StatusCodes.Status403Forbidden : code is >= 400 and <= 599 ? code.Value : StatusCodes.Status500InternalServerError;
        Response.StatusCode = Code;
        var account = CurrentAccount.From(User);
        (Heading, Explanation) = Code switch
        {
            StatusCodes.Status403Forbidden => (
                "Only an administrator can do that",
                account is null
                    ? "Sign in with an administrator account of your company."
                    : $"You are signed in as {account.Email}, a member of {account.CompanyName}. Members can look but not change integrations or create groups; ask an administrator."),
            StatusCodes.Status404NotFound => ("Page not found", "There is no page at this address. Use the navigation to find your way."),
            StatusCodes.Status405MethodNotAllowed => ("Nothing to send here", "This page only shows information. Use its links and buttons instead."),
            StatusCodes.Status400BadRequest => (
                "The form could not be accepted",
                "It was sent without its security token, or from a page that was open too long or belonged to another session. Go back, reload the page and try again."),
            _ => ("Something went wrong", "The server could not complete the request. Nothing was changed; try again, and contact support if it persists."),
        };
    }

    public void OnPost([FromRoute] int? code) => OnGet(code);
}
