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

    /// <summary>Told only to whoever knows the password: the directory's deactivation is no secret to its owner.</summary>
    public static readonly Error AccessSuspendedByDirectory = Error.Forbidden(
        "tenancy.access_suspended_by_directory",
        AccessSuspendedByDirectoryMessage);

    public const string AccessSuspendedByDirectoryMessage =
        "Your access was turned off by your company's directory (Okta or Entra deactivated or removed you). Ask your administrator to reactivate you there.";

    public static Error AccountNotFound(string accountId) =>
        Error.NotFound("tenancy.account_not_found", $"No console account has the id '{accountId}' in this company.");

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
