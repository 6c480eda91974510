using Platform.Application.Directory.Schema;

namespace Platform.Application.Directory.Filtering;

/// <summary>
/// Which attributes lists can be filtered and sorted on: everything kept in the profile document, and of what the
/// server keeps elsewhere <c>id</c>, <c>meta.created</c>, <c>meta.lastModified</c>, a user's <c>groups.value</c> and a
/// group's <c>members.value</c>. The SQL translation answers exactly these.
/// </summary>
public static class FilterSupport
{
    /// <summary>Null when the attribute can be filtered on; otherwise why not.</summary>
    public static string? WhyNotFilterable(ResourceType type, FilterAttribute attribute)
    {
        if (attribute.ExtensionUrn is not null) return null;
        var resolved = attribute.Resolved;
        if (resolved.Leaf.Returned == AttributeReturned.Never) return $"'{attribute}' is never returned, so it cannot be filtered on.";
        if (resolved.StoredAt is not null) return null;
        return IsServerKept(type, resolved) ? null : $"Filtering on '{attribute}' is not supported.";
    }

    /// <summary>Null when a list can be sorted by the attribute; otherwise why not.</summary>
    public static string? WhyNotSortable(FilterAttribute attribute)
    {
        if (attribute.ExtensionUrn is not null) return null;
        var resolved = attribute.Resolved;
        var leaf = resolved.Leaf;
        if (leaf.Returned == AttributeReturned.Never) return $"'{attribute}' is never returned, so it cannot be sorted by.";
        if (leaf.Type == AttributeType.Complex && !(resolved.Attribute.MultiValued && resolved.Attribute.SubAttribute("value") is not null))
        {
            return $"'{attribute}' is complex; sort by one of its sub-attributes.";
        }

        var stored = resolved.StoredAt is not null;
        var kept = resolved.CanonicalName is "id" or "meta.created" or "meta.lastModified";
        return stored || kept ? null : $"Sorting by '{attribute}' is not supported.";
    }

    private static bool IsServerKept(ResourceType type, ResolvedAttribute resolved) =>
        resolved.CanonicalName switch
        {
            "id" or "meta.created" or "meta.lastModified" => true,
            "groups" or "groups.value" => type == DirectoryCatalogue.UserType,
            "members" or "members.value" => type == DirectoryCatalogue.GroupType,
            _ => false,
        };
}
