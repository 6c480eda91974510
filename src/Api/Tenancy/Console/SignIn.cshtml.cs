using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Api.Common;
using Platform.Api.Console;
using Platform.Api.Console.Shared;
using Platform.Application.Tenancy;

namespace Platform.Api.Tenancy.Console;

/// <summary>Sign-in with company key, email and password. A failure shows why and creates no session.</summary>
public sealed class SignInModel(ISender sender) : PageModel
{
    [BindProperty]
    public SignInForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last session ended, when the server said so in the redirect (<see cref="CurrentAccount.EndedReasonParameter"/>).</summary>
    [BindProperty(SupportsGet = true, Name = CurrentAccount.EndedReasonParameter)]
    public string? Reason { get; set; }

    public string? Error { get; private set; }

    /// <summary>Shown above the form: the company's directory turned this person's access off.</summary>
    public string? Notice => Error is null && Reason == CurrentAccount.EndedByDirectory ? TenancyErrors.AccessSuspendedByDirectoryMessage : null;

    /// <summary>No company exists yet: the page shows the operator how to create one.</summary>
    public bool FirstRun { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (CurrentAccount.From(User) is not null) return LocalRedirect(SafeReturnUrl());
        await DetectFirstRunAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (SignInThrottle.Refusal(HttpContext) is { } wait)
        {
            Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Error = SignInThrottle.Detail;
            await DetectFirstRunAsync(ct);
            return Page();
        }

        var result = await sender.Send(new SignInCommand(Form.CompanyKey?.Trim() ?? string.Empty, Form.Email?.Trim() ?? string.Empty, Form.Password ?? string.Empty, SignInThrottle.IsClean(HttpContext)), ct);
        var failure = result.IsSuccess ? result.Value.Failure : result.Error;
        if (failure is null)
        {
            await CurrentAccount.SignInAsync(HttpContext, result.Value.Account!);
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.IsSuccess) SignInThrottle.RecordFailure(HttpContext);
        Error = result.IsSuccess ? failure.Message : "Enter your company key, email and password.";
        Response.StatusCode = ResultHttp.StatusCodeOf(failure);
        await DetectFirstRunAsync(ct);
        return Page();
    }

    private async Task DetectFirstRunAsync(CancellationToken ct)
    {
        var any = await sender.Send(new HasAnyCompanyQuery(), ct);
        FirstRun = any.IsSuccess && !any.Value;
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Page(ConsoleNavigation.HomePage) ?? "/";
}
