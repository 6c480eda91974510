namespace Platform.Application.Directory.Schema;

/// <summary>
/// One attribute of a resource schema with its RFC 7643 characteristics, and where its value is kept.
/// <see cref="StoredAt"/> is the attribute's path inside the stored profile document (<c>name</c>, <c>enterprise.department</c>,
/// <c>attributes.addresses</c>); a sub-attribute's is relative to its parent's. Null means the value is not in the profile
/// document: the server keeps it elsewhere (<c>id</c>, <c>meta</c>, <c>groups</c>, <c>members</c>).
/// </summary>
public sealed record AttributeDefinition(
    string Name,
    AttributeType Type,
    string Description,
    string? StoredAt,
    bool MultiValued = false,
    bool Required = false,
    bool CaseExact = false,
    AttributeMutability Mutability = AttributeMutability.ReadWrite,
    AttributeReturned Returned = AttributeReturned.Default,
    AttributeUniqueness Uniqueness = AttributeUniqueness.None,
    IReadOnlyList<string>? CanonicalValues = null,
    IReadOnlyList<string>? ReferenceTypes = null,
    IReadOnlyList<AttributeDefinition>? SubAttributes = null)
{
    public IReadOnlyList<AttributeDefinition> SubAttributesOrEmpty => SubAttributes ?? [];

    /// <summary>A sub-attribute by name, compared without case as SCIM attribute names are (RFC 7643 §2.1).</summary>
    public AttributeDefinition? SubAttribute(string name) =>
        SubAttributesOrEmpty.FirstOrDefault(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>True for a value the server alone sets: a client's value is ignored on input.</summary>
    public bool IsServerManaged => Mutability == AttributeMutability.ReadOnly;
}
