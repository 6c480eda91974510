using Platform.Application.Common.Results;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

public static class TenancyErrors
{
    /// <summary>
    /// The one answer to every failed sign-in — unknown company, unknown email, wrong password, locked account — so
    /// that nobody can learn which accounts exist, and mentions the lockout so a locked-out person knows to wait.
    /// </summary>
    public static readonly Error InvalidCredentials = Error.Unauthorized(
        "tenancy.invalid_credentials",
        $"The company key, email or password is not right. After {Account.MaxFailedSignIns} failed attempts in a row an account is locked for {Account.LockoutDuration.TotalMinutes:0} minutes.");

    public static Error CompanyNotFound(string companyKey) =>
        Error.NotFound("tenancy.company_not_found", $"No company has the key '{companyKey}'.");

    public static Error CompanyKeyTaken(string companyKey) =>
        Error.Conflict("tenancy.company_key_taken", $"The company key '{companyKey}' is already in use. Choose another.");

    public static Error AccountEmailTaken(string email) =>
        Error.Conflict("tenancy.account_email_taken", $"An account with the email '{email}' already exists in this company.");

    public static readonly Error AdminRequired = Error.Forbidden(
        "tenancy.admin_required",
        "Only an administrator of this company can do that.");

    public static string DescribeKeyRule() =>
        $"A company key is {CompanyKey.MinLength}-{CompanyKey.MaxLength} lowercase letters, digits and single hyphens (no underscores).";
}
