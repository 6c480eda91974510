using Platform.Application.Common.Results;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

public static class TenancyErrors
{
    public static readonly Error InvalidCredentials = Error.Unauthorized(
        "tenancy.invalid_credentials",
        "The company key, email or password is not right.");

    public static Error CompanyNotFound(string companyKey) =>
        Error.NotFound("tenancy.company_not_found", $"No company has the key '{companyKey}'.");

    public static Error CompanyKeyTaken(string companyKey) =>
        Error.Conflict("tenancy.company_key_taken", $"The company key '{companyKey}' is already in use. Choose another.");

    public static Error AccountEmailTaken(string email) =>
        Error.Conflict("tenancy.account_email_taken", $"An account with the email '{email}' already exists in this company.");

    public static Error LockedOut(DateTimeOffset until) =>
        new("tenancy.locked_out", $"Too many failed sign-ins. Try again after {until:u}.", ErrorType.TooManyRequests);

    public static readonly Error AdminRequired = Error.Forbidden(
        "tenancy.admin_required",
        "Only an administrator of this company can do that.");

    public static string DescribeKeyRule() =>
        $"A company key is {CompanyKey.MinLength}-{CompanyKey.MaxLength} lowercase letters, digits and single hyphens (no underscores).";
}
