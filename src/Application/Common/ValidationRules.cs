using FluentValidation;

namespace Platform.Application.Common;

public static class ValidationRules
{
    /// <summary>Text may not hold a NUL character: PostgreSQL cannot store one, and no real input needs it.</summary>
    public static IRuleBuilderOptions<T, string?> WithoutNul<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || !text.Contains('\0', StringComparison.Ordinal))
            .WithErrorCode("validation.nul_character")
            .WithMessage("'{PropertyName}' contains a NUL character.");
}
