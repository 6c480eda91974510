namespace Platform.Api.Scim.Common.Filtering;

/// <summary>
/// An attribute reference such as <c>userName</c>, <c>name.givenName</c> or
/// <c>urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value</c>, kept as the client wrote it.
/// SCIM attribute names and schema URNs are case-insensitive (RFC 7644 §3.10), so equality ignores case and
/// endpoints switch on <see cref="NormalizedName"/>.
/// </summary>
/// <param name="SchemaUrn">The schema URN the client prefixed, without the trailing ':'; null when none was given.</param>
public sealed record AttributePath(string Name, string? SubAttribute = null, string? SchemaUrn = null)
{
    /// <summary><c>name</c> or <c>name.subattribute</c> in lower case, without the schema URN.</summary>
    public string NormalizedName => (SubAttribute is null ? Name : $"{Name}.{SubAttribute}").ToLowerInvariant();

    public bool Equals(AttributePath? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase)
        && string.Equals(SubAttribute, other.SubAttribute, StringComparison.OrdinalIgnoreCase)
        && string.Equals(SchemaUrn, other.SchemaUrn, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(
        StringComparer.OrdinalIgnoreCase.GetHashCode(Name),
        SubAttribute is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(SubAttribute),
        SchemaUrn is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(SchemaUrn));

    public override string ToString() =>
        (SchemaUrn is null ? string.Empty : SchemaUrn + ":") + Name + (SubAttribute is null ? string.Empty : "." + SubAttribute);
}
