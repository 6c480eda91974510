using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Api.Scim.Common.Bulk;

/// <summary>
/// RFC 7644 §3.7.2: a string <c>bulkId:qwerty</c> anywhere in an operation's data (a member's <c>value</c>, a PATCH
/// value) or as the id in its path stands for the id of the resource that the request's POST with bulkId
/// <c>qwerty</c> created. Only whole string values are references.
/// </summary>
public static class ScimBulkReferences
{
    public const string Prefix = "bulkId:";

    public static bool TryRead(string? value, out string bulkId)
    {
        var isReference = value is not null && value.StartsWith(Prefix, StringComparison.Ordinal);
        bulkId = isReference ? value![Prefix.Length..] : string.Empty;
        return isReference;
    }

    /// <summary>Adds every bulkId that <paramref name="node"/> refers to.</summary>
    public static void Collect(JsonNode? node, ISet<string> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj) Collect(value, into);
                break;
            case JsonArray array:
                foreach (var item in array) Collect(item, into);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String && TryRead(value.GetValue<string>(), out var bulkId):
                into.Add(bulkId);
                break;
        }
    }

    /// <summary>A copy of <paramref name="node"/> with every reference replaced by the id it stands for; all must be in <paramref name="created"/>.</summary>
    public static JsonNode? Resolve(JsonNode? node, IReadOnlyDictionary<string, string> created) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(pair => KeyValuePair.Create(pair.Key, Resolve(pair.Value, created)))),
        JsonArray array => new JsonArray([.. array.Select(item => Resolve(item, created))]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String && TryRead(value.GetValue<string>(), out var bulkId) => JsonValue.Create(created[bulkId]),
        _ => node?.DeepClone(),
    };
}
