using System.Text.Json.Nodes;
using Platform.Application.Directory.Schema;

namespace Platform.Api.Scim.Common;

/// <summary>
/// <c>attributes</c> and <c>excludedAttributes</c> (RFC 7644 §3.4.2.5, §3.9), applied with the catalogue's
/// <c>returned</c>: an attribute returned <c>always</c> (<c>id</c>) comes back whatever is asked, one returned
/// <c>never</c> (<c>password</c>) never does, and <c>schemas</c> always does, listing only the extensions written.
/// Names compare without case and may be sub-attributes (<c>name.givenName</c>, <c>emails.value</c>) or qualified by
/// a schema URN (<c>urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department</c>, or an extension's URN
/// alone for the whole object). Both lists come from the query string (<see cref="From(IQueryCollection)"/>) or from a
/// <c>POST /.search</c> body (<see cref="From(IReadOnlyList{string}?, IReadOnlyList{string}?)"/>).
/// </summary>
public sealed class ScimAttributeSelection
{
    private readonly IReadOnlyList<string>? _only;
    private readonly IReadOnlyList<string> _excluded;

    private ScimAttributeSelection(IReadOnlyList<string>? only, IReadOnlyList<string> excluded)
    {
        _only = only;
        _excluded = excluded;
    }

    public static ScimAttributeSelection All { get; } = new(null, []);

    /// <summary>Whether the client named attributes to return (it then also wants the resource back from a PATCH).</summary>
    public bool IsExplicit => _only is not null;

    public static ScimAttributeSelection From(IQueryCollection query) =>
        From(Names(query["attributes"].ToString()), Names(query["excludedAttributes"].ToString()));

    /// <param name="attributes">Names to return (null or empty: every attribute returned by default).</param>
    /// <param name="excludedAttributes">Names not to return.</param>
    public static ScimAttributeSelection From(IReadOnlyList<string>? attributes, IReadOnlyList<string>? excludedAttributes) => new(
        attributes?.Select(a => a.Trim()).Where(a => a.Length > 0).ToList() is { Count: > 0 } only ? only : null,
        excludedAttributes?.Select(a => a.Trim()).Where(a => a.Length > 0).ToList() ?? []);

    /// <summary>Whether a group's top-level attribute (or extension object, by URN) is written; for writers that stream.</summary>
    public bool Includes(string attribute) => Includes(DirectoryCatalogue.GroupType, attribute);

    /// <summary>
    /// Whether a top-level attribute (or extension object, by its URN) of a resource of <paramref name="type"/> is written
    /// at all, for writers that stream and write an attribute whole: naming a sub-attribute in <c>attributes</c> writes
    /// the whole attribute, excluding one leaves the whole attribute out.
    /// </summary>
    public bool Includes(ResourceType type, string attribute)
    {
        if (attribute == "schemas") return true;
        if (attribute.Contains(':', StringComparison.Ordinal))
        {
            return Decide(null, Relative(_only, attribute, whole: true), Relative(_excluded, attribute, whole: true) ?? []) != Keep.None;
        }

        // A writer that cannot leave out part of an attribute leaves out all of it when part is excluded.
        var excluded = Relative(_excluded, type, attribute) ?? [];
        return Decide(Definition(type, attribute), Relative(_only, type, attribute), excluded.Count > 0 ? [string.Empty] : []) != Keep.None;
    }

    /// <summary>The written resource with only the attributes selected; <paramref name="resource"/> is left as it was.</summary>
    public JsonObject Apply(ResourceType type, JsonObject resource)
    {
        if (_only is null && _excluded.Count == 0) return resource;
        var result = new JsonObject();
        var kept = new List<string>();
        foreach (var (name, value) in resource)
        {
            if (name == "schemas")
            {
                result[name] = null;
                continue;
            }

            JsonNode? selected;
            if (name.Contains(':', StringComparison.Ordinal))
            {
                selected = SelectExtension(type.SchemaNamed(name), name, value);
                if (selected is not null) kept.Add(name);
            }
            else
            {
                selected = Select(Definition(type, name), value, Relative(_only, type, name), Relative(_excluded, type, name) ?? []);
            }

            if (selected is not null) result[name] = selected;
        }

        if (resource["schemas"] is JsonArray schemas)
        {
            result["schemas"] = new JsonArray(schemas
                .Where(s => s is JsonValue v && v.TryGetValue<string>(out var urn) && (!resource.ContainsKey(urn) || kept.Contains(urn)))
                .Select(s => s!.DeepClone()).ToArray());
        }
        else
        {
            result.Remove("schemas");
        }

        return result;
    }

    private enum Keep
    {
        None,
        Whole,
        Part,
    }

    private JsonNode? SelectExtension(ResourceSchema? schema, string urn, JsonNode? value)
    {
        var only = Relative(_only, urn, whole: true);
        var excluded = Relative(_excluded, urn, whole: true) ?? [];
        var decision = Decide(null, only, excluded);
        if (decision == Keep.None) return null;
        if (value is not JsonObject extension) return value?.DeepClone();

        // Names inside the extension ("urn:…:User:department") select its attributes as core names do the resource's.
        var innerOnly = decision == Keep.Whole && (only is null || only.Contains(string.Empty)) ? null : Inside(_only, urn);
        var innerExcluded = Inside(_excluded, urn);
        var result = new JsonObject();
        foreach (var (name, member) in extension)
        {
            var definition = schema?.Attribute(name);
            var selected = Select(definition, member, innerOnly is null ? null : Matching(innerOnly, name), Matching(innerExcluded, name));
            if (selected is not null) result[name] = selected;
        }

        return result.Count == 0 ? null : result;
    }

    /// <summary>One attribute's value as selected, or null when it is not written.</summary>
    /// <param name="only">Names about this attribute from <c>attributes</c> (empty string: the whole attribute; else a sub-attribute); null when the client named none at all.</param>
    private static JsonNode? Select(AttributeDefinition? definition, JsonNode? value, IReadOnlyList<string>? only, IReadOnlyList<string> excluded)
    {
        var decision = Decide(definition, only, excluded);
        if (decision == Keep.None || value is null) return null;
        var subsOnly = decision == Keep.Part ? only!.Where(n => n.Length > 0).ToList() : null;
        var subsExcluded = definition?.Returned == AttributeReturned.Always ? [] : excluded.Where(n => n.Length > 0).ToList();
        if (subsOnly is null && subsExcluded.Count == 0) return value.DeepClone();
        return Project(definition, value.DeepClone(), subsOnly, subsExcluded);
    }

    private static Keep Decide(AttributeDefinition? definition, IReadOnlyList<string>? only, IReadOnlyList<string> excluded)
    {
        var returned = definition?.Returned ?? AttributeReturned.Default;
        if (returned == AttributeReturned.Always) return Keep.Whole;
        if (returned == AttributeReturned.Never) return Keep.None;
        if (only is not null)
        {
            if (only.Count == 0) return Keep.None;
            return only.Contains(string.Empty) ? Keep.Whole : Keep.Part;
        }

        if (returned == AttributeReturned.Request) return Keep.None;
        return excluded.Contains(string.Empty) ? Keep.None : Keep.Whole;
    }

    /// <summary>Keeps (or drops) sub-attributes of a complex value, in each element of a multi-valued one.</summary>
    private static JsonNode? Project(AttributeDefinition? definition, JsonNode value, List<string>? only, List<string> excluded)
    {
        bool Wanted(string sub)
        {
            var returned = definition?.SubAttribute(sub)?.Returned ?? AttributeReturned.Default;
            if (returned == AttributeReturned.Always) return true;
            if (returned == AttributeReturned.Never) return false;
            if (excluded.Any(n => n.Equals(sub, StringComparison.OrdinalIgnoreCase))) return false;
            return only is null || only.Any(n => n.Equals(sub, StringComparison.OrdinalIgnoreCase));
        }

        JsonObject? Keep(JsonObject element)
        {
            foreach (var sub in element.Select(p => p.Key).Where(sub => !Wanted(sub)).ToList()) element.Remove(sub);
            return element.Count == 0 ? null : element;
        }

        switch (value)
        {
            case JsonObject complex:
                return Keep(complex);
            case JsonArray elements:
                var kept = new JsonArray(elements.Select(e => e is JsonObject o ? Keep((JsonObject)o.DeepClone()) : e?.DeepClone()).Where(e => e is not null).ToArray());
                return kept.Count == 0 ? null : kept;
            default:
                return only is null ? value : null;
        }
    }

    private static AttributeDefinition? Definition(ResourceType type, string name) =>
        type.Schema.Attribute(name) ?? DirectoryCatalogue.CommonAttributes.FirstOrDefault(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The listed names about a core attribute, relative to it: "" for the attribute itself, "givenName" for
    /// <c>name.givenName</c>. A name qualified by the core schema's URN counts; one qualified by another does not.
    /// </summary>
    private static List<string>? Relative(IReadOnlyList<string>? names, ResourceType type, string attribute)
    {
        if (names is null) return null;
        var local = names.Select(name =>
        {
            if (!name.Contains(':', StringComparison.Ordinal)) return name;
            var colon = name.LastIndexOf(':');
            return type.Schema.IsNamed(name[..colon]) ? name[(colon + 1)..] : null;
        });
        return Matching(local.OfType<string>().ToList(), attribute);
    }

    /// <summary>The listed names about an extension object: "" when it is named (its URN alone), "inner" for a name inside it.</summary>
    private static List<string>? Relative(IReadOnlyList<string>? names, string urn, bool whole)
    {
        if (names is null) return null;
        return names.Select(name => name.Equals(urn, StringComparison.OrdinalIgnoreCase) ? string.Empty
                : whole && name.StartsWith(urn + ":", StringComparison.OrdinalIgnoreCase) ? name[(urn.Length + 1)..]
                : null)
            .OfType<string>().ToList();
    }

    /// <summary>The names inside an extension (<c>department</c>, <c>manager.value</c>); null when none.</summary>
    private static List<string>? Inside(IReadOnlyList<string>? names, string urn) =>
        names?.Where(name => name.StartsWith(urn + ":", StringComparison.OrdinalIgnoreCase)).Select(name => name[(urn.Length + 1)..]).ToList() is { Count: > 0 } inside
            ? inside
            : null;

    /// <summary>Names (<c>attr</c> or <c>attr.sub</c>) about <paramref name="attribute"/>, relative to it.</summary>
    private static List<string> Matching(IReadOnlyList<string>? names, string attribute) =>
        names is null ? [] : names
            .Select(name =>
            {
                var dot = name.IndexOf('.', StringComparison.Ordinal);
                var head = dot < 0 ? name : name[..dot];
                return head.Equals(attribute, StringComparison.OrdinalIgnoreCase) ? (dot < 0 ? string.Empty : name[(dot + 1)..]) : null;
            })
            .OfType<string>().ToList();

    private static string[] Names(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
