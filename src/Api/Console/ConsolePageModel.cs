using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Api.Common;
using Platform.Application.Common.Results;

namespace Platform.Api.Console;

/// <summary>A console page for a signed-in account. Every use case runs for the session's company, never one named in the URL.</summary>
public abstract class ConsolePageModel : PageModel
{
    private CurrentAccount? _account;

    protected CurrentAccount Account => _account ?? throw new InvalidOperationException("A console page ran without a session.");

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // A method the page has no handler for (a POST to a read-only page) is 405, not a page rendered without data.
        if (context.HandlerMethod is null)
        {
            context.Result = StatusCode(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        // A cookie without the claims this version writes is treated as no session.
        _account = CurrentAccount.From(User);
        if (_account is null)
        {
            context.Result = Challenge();
            return;
        }

        await next();
    }

    /// <summary>An unexpected use-case failure: an empty status answer, which the console's status page explains.</summary>
    protected StatusCodeResult Failure(Error error) => StatusCode(ResultHttp.StatusCodeOf(error));
}
