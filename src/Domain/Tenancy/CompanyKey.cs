using System.Text.RegularExpressions;

namespace Platform.Domain.Tenancy;

/// <summary>
/// The short, URL-safe name of a company that appears in its SCIM base URLs. Lowercase letters, digits and single
/// hyphens only: Okta rejects base URLs with an underscore, and a key must survive any URL normaliser unchanged.
/// </summary>
public sealed partial record CompanyKey
{
    public const int MinLength = 3;
    public const int MaxLength = 40;

    private CompanyKey(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid(string? candidate) =>
        candidate is { Length: >= MinLength and <= MaxLength } && KeyPattern().IsMatch(candidate);

    public static CompanyKey Parse(string value) =>
        IsValid(value) ? new CompanyKey(value) : throw new ArgumentException($"'{value}' is not a valid company key.", nameof(value));

    /// <summary>Derives a key from a display name: "Acme Corp, Inc." becomes "acme-corp-inc".</summary>
    public static CompanyKey FromName(string name)
    {
        var slug = NonKeyCharacters().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > MaxLength) slug = slug[..MaxLength].TrimEnd('-');
        if (slug.Length < MinLength) slug = (slug + "-co").TrimStart('-');
        return Parse(slug.Length < MinLength ? "company" : slug);
    }

    public CompanyKey WithSuffix(string suffix)
    {
        var head = Value.Length + suffix.Length + 1 > MaxLength ? Value[..(MaxLength - suffix.Length - 1)].TrimEnd('-') : Value;
        return Parse($"{head}-{suffix}");
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonKeyCharacters();
}
