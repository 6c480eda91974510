using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Platform.Application.Tenancy;
using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Api.Common;

/// <summary>The signed-in console account, read from the session cookie's claims.</summary>
public sealed record CurrentAccount(AccountId AccountId, CompanyId CompanyId, string CompanyKey, string Email, AccountRole Role)
{
    public const string AdminPolicy = "admin";
    private const string CompanyIdClaim = "platform:company_id";
    private const string CompanyKeyClaim = "platform:company_key";
    private const string CompanyNameClaim = "platform:company_name";
    private const string SessionStampClaim = "platform:session_stamp";

    /// <summary>The company's display name as it was at sign-in.</summary>
    public string CompanyName { get; init; } = CompanyKey;

    public bool IsAdmin => Role == AccountRole.Admin;

    public Actor Actor => new(ActorKind.Account, AccountId.ToString(), Email);

    public bool BelongsTo(string companyKey) => string.Equals(CompanyKey, companyKey, StringComparison.Ordinal);

    public static CurrentAccount? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        return Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId)
            && Guid.TryParse(user.FindFirstValue(CompanyIdClaim), out var companyId)
            && user.FindFirstValue(CompanyKeyClaim) is { } companyKey
            && Enum.TryParse<AccountRole>(user.FindFirstValue(ClaimTypes.Role), out var role)
            ? new CurrentAccount(new AccountId(accountId), new CompanyId(companyId), companyKey, user.FindFirstValue(ClaimTypes.Email) ?? string.Empty, role)
            {
                CompanyName = user.FindFirstValue(CompanyNameClaim) ?? companyKey,
            }
            : null;
    }

    public static Task SignInAsync(HttpContext http, SignedInAccount account)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.AccountId.ToString()),
                new Claim(ClaimTypes.Email, account.Email),
                new Claim(ClaimTypes.Role, account.Role.ToString()),
                new Claim(CompanyIdClaim, account.CompanyId.ToString()),
                new Claim(CompanyKeyClaim, account.CompanyKey),
                new Claim(CompanyNameClaim, account.CompanyName),
                new Claim(SessionStampClaim, account.SessionStamp.ToString()),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Ends the account's sessions (every copy of the cookie) and removes this browser's cookie.</summary>
    public static async Task SignOutAsync(HttpContext http, Mediator.ISender sender)
    {
        if (From(http.User) is { } account)
        {
            await sender.Send(new SignOutCommand(account.CompanyId, account.AccountId), http.RequestAborted);
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// Checked on every request that carries a session cookie: the account must still exist with the stamp and role
    /// it had at sign-in. Signing out (anywhere) changes the stamp, so a copied cookie stops working at once.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var account = context.Principal is null ? null : From(context.Principal);
        var stamp = context.Principal?.FindFirstValue(SessionStampClaim);
        var valid = account is not null && Guid.TryParse(stamp, out var sessionStamp)
            && (await context.HttpContext.RequestServices.GetRequiredService<Mediator.ISender>()
                .Send(new ValidateSessionQuery(account.CompanyId, account.AccountId, sessionStamp, account.Role), context.HttpContext.RequestAborted)) is { IsSuccess: true, Value: true };
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
