using Platform.Application.Directory.Schema;

namespace Platform.Application.Directory.Filtering;

/// <summary>
/// An attribute a filter or sort names: a catalogue attribute (<see cref="Resolved"/>), or an attribute of a custom
/// extension the catalogue does not declare (<see cref="ExtensionUrn"/> set; kept at
/// <c>customExtensions."urn".name</c> and compared as a string, without case).
/// </summary>
public sealed record FilterAttribute(ResolvedAttribute Resolved, string? ExtensionUrn = null)
{
    public AttributeDefinition Leaf => Resolved.Leaf;

    public bool CaseExact => Leaf.CaseExact;

    /// <summary>The canonical name, URN-qualified for a custom extension's attribute.</summary>
    public string Name => ExtensionUrn is null ? Resolved.CanonicalName : $"{ExtensionUrn}:{Resolved.CanonicalName}";

    /// <summary>An undeclared attribute of a custom extension, with an optional sub-attribute.</summary>
    public static FilterAttribute Extension(string urn, string name, string? sub)
    {
        var leaf = new AttributeDefinition(sub ?? name, AttributeType.String, "A custom extension's attribute.", sub);
        var attribute = new AttributeDefinition(name, sub is null ? AttributeType.String : AttributeType.Complex, "A custom extension's attribute.", name,
            SubAttributes: sub is null ? null : [leaf]);
        return new FilterAttribute(new ResolvedAttribute(null, attribute, sub is null ? null : leaf), urn);
    }

    /// <summary>
    /// The path of JSON object keys inside the stored profile: the catalogue's <c>StoredAt</c> split at dots, or
    /// <c>customExtensions</c>, the URN and the name. Null for values kept outside the document (id, meta, members).
    /// For a sub-attribute of a multi-valued attribute, only the multi-valued attribute's path (see <see cref="ElementPath"/>).
    /// </summary>
    public IReadOnlyList<string>? DocumentPath
    {
        get
        {
            if (ExtensionUrn is not null) return Resolved.Sub is null ? ["customExtensions", ExtensionUrn, Resolved.Attribute.Name] : ["customExtensions", ExtensionUrn, Resolved.Attribute.Name, Resolved.Sub.Name];
            var owner = Resolved.Attribute.MultiValued ? Resolved.Attribute.StoredAt : Resolved.StoredAt;
            return owner?.Split('.');
        }
    }

    /// <summary>For a sub-attribute of a multi-valued attribute, its key inside one value (<c>type</c>); otherwise null.</summary>
    public IReadOnlyList<string>? ElementPath =>
        Resolved.Attribute.MultiValued && Resolved.Sub is { StoredAt: { } stored } ? stored.Split('.') : null;

    public override string ToString() => Name;
}
