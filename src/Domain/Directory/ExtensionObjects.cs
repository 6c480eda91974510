using System.Text.Json.Nodes;
using Platform.Domain.Common;

namespace Platform.Domain.Directory;

/// <summary>Extension objects a client sent that we keep without interpreting, stored as one JSON object keyed by extension name.</summary>
public static class ExtensionObjects
{
    /// <summary>Replaces or removes (null) whole extension objects by name.</summary>
    public static string? Merge(string? stored, IReadOnlyDictionary<string, string?> changes)
    {
        var merged = stored is null ? new JsonObject() : JsonNode.Parse(stored) as JsonObject ?? new JsonObject();
        foreach (var (name, json) in changes)
        {
            // Extension names are schema URNs, which compare without case (RFC 7644 §3.10): another spelling replaces the object.
            foreach (var spelling in merged.Select(p => p.Key).Where(key => key.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList()) merged.Remove(spelling);
            if (json is not null) merged[name] = JsonNode.Parse(json);
        }

        return merged.Count == 0 ? null : merged.ToJsonString();
    }

    /// <summary>Sets or removes single attributes inside extension objects; an object left empty is dropped.</summary>
    public static string? SetAttributes(string? stored, IReadOnlyList<Users.ExtensionAttributeChange> changes)
    {
        if (changes.Count == 0) return stored;
        var merged = stored is null ? new JsonObject() : JsonNode.Parse(stored) as JsonObject ?? new JsonObject();
        foreach (var change in changes)
        {
            // "urn:okta:acme:1.0:user:custom" reads as attribute "custom" of "urn:okta:acme:1.0:user"; when an object is
            // stored under the whole path, the path names that object.
            var whole = merged.Select(pair => pair.Key).FirstOrDefault(key => key.Equals($"{change.Extension}:{change.Attribute}", StringComparison.OrdinalIgnoreCase));
            if (whole is not null)
            {
                if (change.Json is null) merged.Remove(whole);
                else merged[whole] = JsonNode.Parse(change.Json);
                continue;
            }

            var name = merged.Select(pair => pair.Key).FirstOrDefault(key => key.Equals(change.Extension, StringComparison.OrdinalIgnoreCase)) ?? change.Extension;
            if (merged[name] is not JsonObject extension)
            {
                if (change.Json is null) continue;
                extension = [];
                merged[name] = extension;
            }

            if (change.Json is null) extension.Remove(change.Attribute);
            else extension[change.Attribute] = JsonNode.Parse(change.Json);
            if (extension.Count == 0) merged.Remove(name);
        }

        return merged.Count == 0 ? null : merged.ToJsonString();
    }

    /// <summary>
    /// What changed inside the extension objects, one entry per attribute named <c>extension:attribute</c> (an extension
    /// whose value is not an object is one entry named after the extension). Values are compact JSON, strings unquoted.
    /// An attribute whose name suggests a secret (a password, a token) is listed without values: these objects are not
    /// ours to interpret, so we never record what might be write-only.
    /// </summary>
    public static IEnumerable<AttributeChange> Changes(string? before, string? after)
    {
        var old = Parse(before);
        var now = Parse(after);
        var names = old.Select(p => p.Key).Concat(now.Select(p => p.Key)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var name in names)
        {
            var oldValue = Find(old, name);
            var newValue = Find(now, name);
            if (oldValue is JsonObject || newValue is JsonObject)
            {
                var oldObject = oldValue as JsonObject ?? [];
                var newObject = newValue as JsonObject ?? [];
                foreach (var attribute in oldObject.Select(p => p.Key).Concat(newObject.Select(p => p.Key)).Distinct(StringComparer.Ordinal))
                {
                    if (Change($"{name}:{attribute}", oldObject[attribute], newObject[attribute]) is { } change) yield return change;
                }
            }
            else if (Change(name, oldValue, newValue) is { } change)
            {
                yield return change;
            }
        }
    }

    private static readonly string[] SecretWords = ["password", "secret", "token", "credential"];

    private static AttributeChange? Change(string attribute, JsonNode? before, JsonNode? after)
    {
        var (old, now) = (Text(before), Text(after));
        if (old == now) return null;
        var leaf = attribute[(attribute.LastIndexOf(':') + 1)..];
        return SecretWords.Any(word => leaf.Contains(word, StringComparison.OrdinalIgnoreCase))
            ? AttributeChange.Withheld(attribute)
            : AttributeChange.Between(attribute, old, now);
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    private static JsonObject Parse(string? stored) => stored is null ? [] : JsonNode.Parse(stored) as JsonObject ?? [];

    private static JsonNode? Find(JsonObject extensions, string name) =>
        extensions.FirstOrDefault(pair => pair.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
