using Platform.Api.Common;

namespace Platform.Api.Tenancy;

/// <summary>
/// Failed sign-ins per client address (<see cref="RateBudgetKind.SignInPerAddress"/>): once an address has used its
/// share, its attempts are refused before the password is checked, so they count towards no account's lockout.
/// </summary>
public static class SignInThrottle
{
    public const string Detail = "Too many failed sign-ins from this address; wait before trying again.";

    /// <summary>The seconds this address must wait, or <c>null</c> when it may try.</summary>
    public static int? Refusal(HttpContext http) =>
        http.RequestServices.GetRequiredService<RateBudgets>().Exhausted(RateBudgetKind.SignInPerAddress, RateBudgets.AddressOf(http));

    /// <summary>Whether this address has no failed sign-in in its budget: a locked account still admits its right password from it.</summary>
    public static bool IsClean(HttpContext http) =>
        http.RequestServices.GetRequiredService<RateBudgets>().IsUntouched(RateBudgetKind.SignInPerAddress, RateBudgets.AddressOf(http));

    public static void RecordFailure(HttpContext http) =>
        http.RequestServices.GetRequiredService<RateBudgets>().TryTake(RateBudgetKind.SignInPerAddress, RateBudgets.AddressOf(http));
}
