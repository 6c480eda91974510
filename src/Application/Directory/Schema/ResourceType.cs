namespace Platform.Application.Directory.Schema;

/// <summary>A resource type (RFC 7643 §6): its core schema, its extensions, and how attribute paths resolve against them.</summary>
public sealed record ResourceType(string Name, string Endpoint, string Description, ResourceSchema Schema, IReadOnlyList<ResourceSchema> Extensions)
{
    /// <summary>
    /// Resolves an attribute path as filters, sorting, PATCH and <c>attributes</c> write it: <c>userName</c>,
    /// <c>name.givenName</c>, <c>meta.lastModified</c>, or fully qualified
    /// (<c>urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value</c>). Names compare without case.
    /// Null when the path names nothing this type declares; a custom extension's attributes (<see cref="ExtensionPath"/>)
    /// are not declared and also resolve to null.
    /// </summary>
    public ResolvedAttribute? Resolve(string path)
    {
        var (urn, name, sub) = Split(path);
        ResourceSchema? schema = null;
        if (urn is not null)
        {
            schema = Schema.IsNamed(urn) ? Schema : Extensions.FirstOrDefault(e => e.IsNamed(urn));
            if (schema is null) return null;
        }

        var attribute = schema is null
            ? Schema.Attribute(name) ?? DirectoryCatalogue.CommonAttributes.FirstOrDefault(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            : schema.Attribute(name) ?? (schema == Schema ? DirectoryCatalogue.CommonAttributes.FirstOrDefault(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) : null);
        if (attribute is null) return null;
        var owner = schema ?? (Schema.Attribute(name) is null ? null : Schema);
        if (sub is null) return new ResolvedAttribute(owner, attribute, null);
        return attribute.SubAttribute(sub) is { } subAttribute ? new ResolvedAttribute(owner, attribute, subAttribute) : null;
    }

    /// <summary>The schema (core or extension) with this URN, in either version's spelling.</summary>
    public ResourceSchema? SchemaNamed(string urn) => Schema.IsNamed(urn) ? Schema : Extensions.FirstOrDefault(e => e.IsNamed(urn));

    /// <summary>
    /// Splits a path into its schema URN (or null), attribute and sub-attribute. The URN ends at the last colon, since
    /// URNs hold dots (<c>…:2.0:User</c>) and attribute names hold no colons.
    /// </summary>
    public static (string? Urn, string Name, string? Sub) Split(string path)
    {
        string? urn = null;
        var rest = path;
        if (path.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            var colon = path.LastIndexOf(':');
            urn = path[..colon];
            rest = path[(colon + 1)..];
        }

        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? (urn, rest, null) : (urn, rest[..dot], rest[(dot + 1)..]);
    }

    /// <summary>Where a custom extension's attribute is kept in the profile document: <c>customExtensions.{urn}.{name}</c>.</summary>
    public static string ExtensionPath(string urn, string name) => $"customExtensions.{urn}.{name}";
}
