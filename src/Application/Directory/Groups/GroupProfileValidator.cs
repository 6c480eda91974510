using FluentValidation;
using Platform.Application.Common;
using Platform.Domain.Directory.Groups;

namespace Platform.Application.Directory.Groups;

public sealed class GroupProfileValidator : AbstractValidator<GroupProfile>
{
    public const int MaxCustomExtensionsLength = 64 * 1024;

    public GroupProfileValidator()
    {
        RuleFor(p => p.DisplayName)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithErrorCode("directory.group_name_required").WithMessage("displayName is required and cannot be empty.")
            .MaximumLength(Group.DisplayNameMaxLength).WithErrorCode("directory.invalid_value");
        RuleFor(p => p.ExternalId).MaximumLength(256).WithErrorCode("directory.invalid_value").WithoutNul();
        RuleFor(p => p.DisplayName).WithoutNul();
        RuleFor(p => p.CustomExtensions).MaximumLength(MaxCustomExtensionsLength).WithErrorCode("directory.invalid_value").OverridePropertyName("extensions");
    }
}
