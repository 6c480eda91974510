namespace Platform.Api.Scim.Common;

/// <summary>
/// The <c>attributes</c> and <c>excludedAttributes</c> query parameters (RFC 7644 §3.4.2.5), at the top level of a
/// resource. <c>id</c> and <c>schemas</c> are always returned.
/// </summary>
public sealed class ScimAttributeSelection
{
    private readonly string[]? _only;
    private readonly string[] _excluded;

    private ScimAttributeSelection(string[]? only, string[] excluded)
    {
        _only = only;
        _excluded = excluded;
    }

    /// <summary>Whether the client named attributes to return (it then also wants the resource back from a PATCH).</summary>
    public bool IsExplicit => _only is not null;

    public static ScimAttributeSelection From(IQueryCollection query) => new(
        Names(query["attributes"].ToString()) is { Length: > 0 } only ? only : null,
        Names(query["excludedAttributes"].ToString()));

    /// <param name="attribute">A core attribute's name, or an extension object's name (its schema URN).</param>
    public bool Includes(string attribute) =>
        attribute is "id" or "schemas"
        || (!_excluded.Any(name => Means(name, attribute)) && (_only is null || _only.Any(name => Means(name, attribute))));

    private static string[] Names(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Whether a listed name means the attribute: an extension by its URN, alone or before one of its attributes; a core
    /// attribute by its name, alone or after a core schema URN, with or without a sub-attribute.
    /// </summary>
    private static bool Means(string name, string attribute)
    {
        if (attribute.Contains(':', StringComparison.Ordinal))
        {
            return name.Equals(attribute, StringComparison.OrdinalIgnoreCase) || name.StartsWith(attribute + ":", StringComparison.OrdinalIgnoreCase);
        }

        var colon = name.LastIndexOf(':');
        if (colon >= 0 && !IsCoreSchema(name[..colon])) return false;
        var local = name[(colon + 1)..];
        var dot = local.IndexOf('.', StringComparison.Ordinal);
        return (dot < 0 ? local : local[..dot]).Equals(attribute, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsCoreSchema(string urn) =>
        urn.StartsWith("urn:ietf:params:scim:schemas:core:", StringComparison.OrdinalIgnoreCase)
        || urn.Equals(Users.ScimUserSchemas.CoreV1, StringComparison.OrdinalIgnoreCase);
}
