namespace Platform.Api.Scim.Common;

/// <summary>
/// The <c>attributes</c> and <c>excludedAttributes</c> query parameters (RFC 7644 §3.4.2.5), at the top level of a
/// resource. <c>id</c> and <c>schemas</c> are always returned.
/// </summary>
public sealed class ScimAttributeSelection
{
    private readonly HashSet<string>? _only;
    private readonly HashSet<string> _excluded;

    private ScimAttributeSelection(HashSet<string>? only, HashSet<string> excluded)
    {
        _only = only;
        _excluded = excluded;
    }

    /// <summary>Whether the client named attributes to return (it then also wants the resource back from a PATCH).</summary>
    public bool IsExplicit => _only is not null;

    public static ScimAttributeSelection From(IQueryCollection query) => new(
        Names(query["attributes"].ToString()) is { Count: > 0 } only ? only : null,
        Names(query["excludedAttributes"].ToString()));

    public bool Includes(string attribute) =>
        attribute is "id" or "schemas"
        || (!_excluded.Contains(attribute) && (_only is null || _only.Contains(attribute)));

    private static HashSet<string> Names(string text) =>
        new(
            text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => name[(name.LastIndexOf(':') + 1)..])
                .Select(name => name.Split('.')[0]),
            StringComparer.OrdinalIgnoreCase);
}
