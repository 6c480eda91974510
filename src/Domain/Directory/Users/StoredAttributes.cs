using System.Text.Json.Nodes;
using Platform.Domain.Common;

namespace Platform.Domain.Directory.Users;

/// <summary>The attributes a profile keeps as sent (<see cref="UserProfile.Attributes"/>): one JSON object keyed by attribute name.</summary>
public static class StoredAttributes
{
    public static JsonObject Parse(string? stored) => stored is null ? [] : JsonNode.Parse(stored) as JsonObject ?? [];

    /// <summary>The object's text, or null when it holds nothing (so that an empty profile stores no key).</summary>
    public static string? Text(JsonObject attributes) => attributes.Count == 0 ? null : attributes.ToJsonString();

    /// <summary>Applies the edits in order, each to the value the previous one left.</summary>
    public static string? Apply(string? stored, IReadOnlyList<StoredAttributeEdit> edits)
    {
        if (edits.Count == 0) return stored;
        var attributes = Parse(stored);
        foreach (var edit in edits)
        {
            var name = attributes.Select(p => p.Key).FirstOrDefault(key => key.Equals(edit.Name, StringComparison.OrdinalIgnoreCase)) ?? edit.Name;
            var value = edit.Apply(attributes[name]?.DeepClone());
            if (value is null or JsonArray { Count: 0 } || name != edit.Name) attributes.Remove(name);
            if (value is not null and not JsonArray { Count: 0 }) attributes[edit.Name] = value;
        }

        return Text(attributes);
    }

    /// <summary>One change per attribute whose value differs, with the values as compact JSON (strings unquoted).</summary>
    public static IEnumerable<AttributeChange> Changes(string? before, string? after)
    {
        if (before == after) yield break;
        var old = Parse(before);
        var now = Parse(after);
        foreach (var name in old.Select(p => p.Key).Concat(now.Select(p => p.Key)).Distinct(StringComparer.Ordinal))
        {
            if (AttributeChange.Between(name, Describe(old[name]), Describe(now[name])) is { } change) yield return change;
        }
    }

    private static string? Describe(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };
}
