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

    /// <summary>The query parameter the sign-in page reads to say why a session ended.</summary>
    public const string EndedReasonParameter = "reason";

    /// <summary>The reason's value when the company's directory suspended the account.</summary>
    public const string EndedByDirectory = "directory";

    private const string EndedReasonItem = "platform:session_ended_reason";
    private const string DirectoryHoldItem = "platform:directory_hold";

    /// <summary>Why this request's session was refused (<see cref="EndedByDirectory"/>), if it was for a reason worth telling.</summary>
    public static string? EndedReason(HttpContext http) => http.Items[EndedReasonItem] as string;

    /// <summary>The signed-in account is the last active admin and was kept although the directory deactivated its person.</summary>
    public static bool IsKeptAsLastAdmin(HttpContext http) => http.Items[DirectoryHoldItem] is DirectoryHold.KeptAsLastAdmin;

    /// <summary>
    /// Checked on every request that carries a session cookie: the account must still exist with the stamp and role
    /// it had at sign-in, and not be suspended by the directory. Signing out (anywhere) changes the stamp, so a copied
    /// cookie stops working at once; so does a suspension, written by whichever replica handled the SCIM request.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var account = context.Principal is null ? null : From(context.Principal);
        var stamp = context.Principal?.FindFirstValue(SessionStampClaim);
        var verdict = account is not null && Guid.TryParse(stamp, out var sessionStamp)
            && await context.HttpContext.RequestServices.GetRequiredService<Mediator.ISender>()
                .Send(new ValidateSessionQuery(account.CompanyId, account.AccountId, sessionStamp, account.Role), context.HttpContext.RequestAborted) is { IsSuccess: true } result
            ? result.Value
            : SessionVerdict.Ended;
        context.HttpContext.Items[DirectoryHoldItem] = verdict.DirectoryHold;
        if (!verdict.IsValid)
        {
            if (verdict.DirectoryHold == DirectoryHold.Suspended) context.HttpContext.Items[EndedReasonItem] = EndedByDirectory;
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
