using FluentValidation;
using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

/// <summary>What every stored user profile must satisfy, whichever command produced it.</summary>
public sealed class UserProfileValidator : AbstractValidator<UserProfile>
{
    public const int MaxTextLength = 1024;
    public const int MaxUserNameLength = 256;
    public const int MaxMultiValuedItems = 50;
    public const int MaxCustomExtensionsLength = 64 * 1024;

    public UserProfileValidator()
    {
        RuleFor(p => p.UserName)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithErrorCode("directory.user_name_required").WithMessage("userName is required and cannot be empty.")
            .MaximumLength(MaxUserNameLength).WithErrorCode("directory.invalid_value");
        RuleFor(p => p.ExternalId).MaximumLength(MaxUserNameLength).WithErrorCode("directory.invalid_value");
        RuleForEach(p => new[] { p.DisplayName, p.NickName, p.Title, p.UserType, p.PreferredLanguage, p.Locale, p.Timezone })
            .MaximumLength(MaxTextLength).WithErrorCode("directory.invalid_value").OverridePropertyName("attribute");
        RuleForEach(p => new[] { p.NameOrEmpty.GivenName, p.NameOrEmpty.FamilyName, p.NameOrEmpty.MiddleName, p.NameOrEmpty.Formatted, p.NameOrEmpty.HonorificPrefix, p.NameOrEmpty.HonorificSuffix })
            .MaximumLength(MaxTextLength).WithErrorCode("directory.invalid_value").OverridePropertyName("name");
        RuleForEach(p => new[]
            {
                p.EnterpriseOrEmpty.EmployeeNumber, p.EnterpriseOrEmpty.CostCenter, p.EnterpriseOrEmpty.Organization, p.EnterpriseOrEmpty.Division,
                p.EnterpriseOrEmpty.Department, p.EnterpriseOrEmpty.ManagerId,
            })
            .MaximumLength(MaxTextLength).WithErrorCode("directory.invalid_value").OverridePropertyName("enterprise");
        RuleFor(p => p.EmailsOrEmpty).Must(HaveAtMostOnePrimary).WithErrorCode("directory.invalid_value")
            .WithMessage("At most one email may be primary.").OverridePropertyName("emails");
        RuleFor(p => p.PhoneNumbersOrEmpty).Must(HaveAtMostOnePrimary).WithErrorCode("directory.invalid_value")
            .WithMessage("At most one phone number may be primary.").OverridePropertyName("phoneNumbers");
        RuleFor(p => p.EmailsOrEmpty.Count).LessThanOrEqualTo(MaxMultiValuedItems).WithErrorCode("directory.invalid_value").OverridePropertyName("emails");
        RuleFor(p => p.PhoneNumbersOrEmpty.Count).LessThanOrEqualTo(MaxMultiValuedItems).WithErrorCode("directory.invalid_value").OverridePropertyName("phoneNumbers");
        // '|' separates the addresses in the emails lookup column; no valid address needs it.
        RuleForEach(p => p.EmailsOrEmpty).Must(c => !string.IsNullOrWhiteSpace(c.Value) && c.Value.Length <= 320 && !c.Value.Contains('|', StringComparison.Ordinal))
            .WithErrorCode("directory.invalid_value").WithMessage("Each email needs a value of at most 320 characters, without '|'.").OverridePropertyName("emails");
        RuleForEach(p => p.PhoneNumbersOrEmpty).Must(c => !string.IsNullOrWhiteSpace(c.Value) && c.Value.Length <= 100)
            .WithErrorCode("directory.invalid_value").WithMessage("Each phone number needs a value of at most 100 characters.").OverridePropertyName("phoneNumbers");
        RuleFor(p => p.CustomExtensions).MaximumLength(MaxCustomExtensionsLength).WithErrorCode("directory.invalid_value").OverridePropertyName("extensions");
    }

    private static bool HaveAtMostOnePrimary(IReadOnlyList<ContactValue> items) => items.Count(i => i.Primary) <= 1;
}
