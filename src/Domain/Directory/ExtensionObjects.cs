using System.Text.Json.Nodes;

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
}
