namespace Platform.Domain.Directory.Users;

/// <summary>A person's name parts, as SCIM's <c>name</c> complex attribute has them.</summary>
public sealed record PersonName(
    string? GivenName = null,
    string? FamilyName = null,
    string? MiddleName = null,
    string? Formatted = null,
    string? HonorificPrefix = null,
    string? HonorificSuffix = null)
{
    public static readonly PersonName Empty = new();
}
