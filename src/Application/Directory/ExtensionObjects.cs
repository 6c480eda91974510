using System.Text.Json.Nodes;

namespace Platform.Application.Directory;

/// <summary>Extension objects a client sent that we keep without interpreting, stored as one JSON object keyed by extension name.</summary>
public static class ExtensionObjects
{
    /// <summary>Replaces or removes (null) whole extension objects by name.</summary>
    public static string? Merge(string? stored, IReadOnlyDictionary<string, string?> changes)
    {
        var merged = stored is null ? new JsonObject() : JsonNode.Parse(stored) as JsonObject ?? new JsonObject();
        foreach (var (name, json) in changes)
        {
            if (json is null) merged.Remove(name);
            else merged[name] = JsonNode.Parse(json);
        }

        return merged.Count == 0 ? null : merged.ToJsonString();
    }
}
