namespace Platform.Application.Directory.Schema;

/// <summary>
/// A resource schema or schema extension: its URN in each SCIM version (1.1 names only the core and the enterprise
/// extension), a name and its attributes.
/// </summary>
public sealed record ResourceSchema(string Id, string? LegacyId, string Name, string Description, IReadOnlyList<AttributeDefinition> Attributes)
{
    /// <summary>A top-level attribute by name, without case.</summary>
    public AttributeDefinition? Attribute(string name) =>
        Attributes.FirstOrDefault(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="urn"/> names this schema in either version, without case (RFC 7644 §3.10).</summary>
    public bool IsNamed(string urn) =>
        urn.Equals(Id, StringComparison.OrdinalIgnoreCase) || (LegacyId is not null && urn.Equals(LegacyId, StringComparison.OrdinalIgnoreCase));
}
