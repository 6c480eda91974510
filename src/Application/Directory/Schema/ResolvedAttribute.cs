namespace Platform.Application.Directory.Schema;

/// <summary>An attribute path resolved against a resource type: the declaring schema (null for common attributes), the attribute and an optional sub-attribute.</summary>
public sealed record ResolvedAttribute(ResourceSchema? Schema, AttributeDefinition Attribute, AttributeDefinition? Sub)
{
    /// <summary>The attribute that holds the value: the sub-attribute when there is one.</summary>
    public AttributeDefinition Leaf => Sub ?? Attribute;

    /// <summary>The full storage path in the profile document, or null when the value is kept elsewhere (id, meta, groups, members).</summary>
    public string? StoredAt => Attribute.StoredAt is null ? null
        : Sub is null ? Attribute.StoredAt
        : Sub.StoredAt is null ? null
        : $"{Attribute.StoredAt}.{Sub.StoredAt}";

    /// <summary>The canonical spelling, as the catalogue writes it (<c>name.givenName</c>, <c>meta.lastModified</c>).</summary>
    public string CanonicalName => Sub is null ? Attribute.Name : $"{Attribute.Name}.{Sub.Name}";
}
