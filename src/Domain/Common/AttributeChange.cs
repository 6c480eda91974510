namespace Platform.Domain.Common;

/// <summary>
/// One attribute a change touched, with its value before and after as short text (null: not set). A secret attribute is
/// listed with neither value (<see cref="Withheld"/>): that it changed is recorded, what it is never is.
/// </summary>
/// <param name="Attribute">A SCIM-style path: <c>title</c>, <c>name.familyName</c>, <c>emails</c>, <c>enterprise.department</c>.</param>
public sealed record AttributeChange(string Attribute, string? Before, string? After)
{
    public const int ValueMaxLength = 200;

    public bool IsWithheld => Before is null && After is null;

    /// <summary>The change from <paramref name="before"/> to <paramref name="after"/>, each shortened; null when they are equal.</summary>
    public static AttributeChange? Between(string attribute, string? before, string? after) =>
        string.Equals(before, after, StringComparison.Ordinal) ? null : new(attribute, Shorten(before), Shorten(after));

    public static AttributeChange Withheld(string attribute) => new(attribute, null, null);

    private static string? Shorten(string? value) => value is null || value.Length <= ValueMaxLength ? value : value[..(ValueMaxLength - 1)] + "…";
}
