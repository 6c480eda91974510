using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Platform.Api.Common;
using Platform.Application.Tenancy;

namespace Platform.Api.Tenancy;

public static class SessionEndpoints
{
    public static void MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/session").WithTags("Session");

        group.MapPost("/", async (SignInRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
        {
            if (SignInThrottle.Refusal(http) is { } wait) return TooManyRequests.For(http, wait, SignInThrottle.Detail);

            var result = await sender.Send(new SignInCommand(request.CompanyKey ?? string.Empty, request.Email ?? string.Empty, request.Password ?? string.Empty, SignInThrottle.IsClean(http)), ct);
            if (!result.IsSuccess) return ResultHttp.Problem(result.Errors);
            if (result.Value.Failure is { } failure)
            {
                SignInThrottle.RecordFailure(http);
                return ResultHttp.Problem(failure);
            }

            var account = result.Value.Account!;
            await CurrentAccount.SignInAsync(http, account);
            return Results.Ok(new SessionResponse(account.AccountId, account.CompanyKey, account.Email, account.Role.ToString()));
        })
        .WithSummary("Sign in to the console with company key, email and password; sets the session cookie.")
        .AllowAnonymous();

        group.MapDelete("/", async (HttpContext http, ISender sender) =>
        {
            await CurrentAccount.SignOutAsync(http, sender);
            return Results.NoContent();
        })
        .WithSummary("Sign out: ends this account's sessions everywhere.")
        .AllowAnonymous();

        group.MapGet("/", (HttpContext http) => CurrentAccount.From(http.User) is { } account
            ? Results.Ok(new SessionResponse(account.AccountId.Value, account.CompanyKey, account.Email, account.Role.ToString()))
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in."))
        .WithSummary("The signed-in account.")
        .AllowAnonymous();
    }
}
