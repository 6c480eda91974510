using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Application.Directory.Schema;

namespace Platform.Api.Scim.Common;

/// <summary>
/// Reads a client's value for a catalogue attribute: checks it against the attribute's type (RFC 7643 §2.3) and returns
/// it as it will be kept. Booleans become JSON booleans (Entra sends <c>"True"</c>); a complex value keeps the
/// sub-attributes the catalogue declares, read the same way, and drops the others, as unknown attributes are ignored on
/// input; a multi-valued attribute is an array (one object alone is taken as an array of one) in which at most one value
/// is primary (RFC 7643 §2.4): when several are, the last keeps it.
/// </summary>
public static class ScimCatalogueValues
{
    /// <returns>Null when the value is acceptable (then <paramref name="read"/> holds it, null for none); else the problem.</returns>
    public static ScimProblem? Read(AttributeDefinition attribute, JsonNode? value, string path, out JsonNode? read)
    {
        read = null;
        if (value is null || value.GetValueKind() == JsonValueKind.Null) return null;
        if (!attribute.MultiValued) return ReadSingle(attribute, value, path, out read);

        var items = value is JsonArray array ? array : new JsonArray(value.DeepClone());
        var kept = new JsonArray();
        foreach (var item in items)
        {
            if (ReadSingle(attribute, item, path, out var single) is { } problem) return problem;
            if (single is not null) kept.Add(single);
        }

        read = KeepLastPrimary(kept);
        return null;
    }

    /// <summary>One value of the attribute (an element, for a multi-valued one).</summary>
    public static ScimProblem? ReadSingle(AttributeDefinition attribute, JsonNode? value, string path, out JsonNode? read)
    {
        read = null;
        if (value is null || value.GetValueKind() == JsonValueKind.Null) return null;
        switch (attribute.Type)
        {
            case AttributeType.Complex:
                if (value is not JsonObject complex) return Invalid(path, "an object", value);
                var kept = new JsonObject();
                foreach (var (name, subValue) in complex)
                {
                    if (attribute.SubAttribute(name) is not { } sub || sub.IsServerManaged) continue;
                    if (ReadSingle(sub, subValue, $"{path}.{sub.Name}", out var subRead) is { } problem) return problem;
                    if (subRead is not null) kept[sub.Name] = subRead;
                }

                read = kept.Count == 0 ? null : kept;
                return null;
            case AttributeType.Boolean:
                if (ScimBoolean.Read(value) is not { IsSuccess: true } boolean) return Invalid(path, "true or false", value);
                read = JsonValue.Create(boolean.Value);
                return null;
            case AttributeType.Integer:
                if (value is not JsonValue integer || !integer.TryGetValue<long>(out var whole)) return Invalid(path, "an integer", value);
                read = JsonValue.Create(whole);
                return null;
            case AttributeType.Decimal:
                if (value is not JsonValue number || !number.TryGetValue<decimal>(out var fraction)) return Invalid(path, "a number", value);
                read = JsonValue.Create(fraction);
                return null;
            case AttributeType.Binary:
                if (value is not JsonValue binary || !binary.TryGetValue<string>(out var base64) || !IsBase64(base64)) return Invalid(path, "base64 text", value);
                read = JsonValue.Create(base64);
                return null;
            default:
                if (value is not JsonValue text || !text.TryGetValue<string>(out var s)) return Invalid(path, "a string", value);
                read = JsonValue.Create(s);
                return null;
        }
    }

    /// <summary>Makes every value but the last primary one non-primary.</summary>
    public static JsonArray KeepLastPrimary(JsonArray items)
    {
        var last = items.Select((item, index) => (item, index)).LastOrDefault(p => IsPrimary(p.item)).item;
        if (last is null) return items;
        foreach (var item in items.OfType<JsonObject>().Where(item => item != last && IsPrimary(item))) item["primary"] = false;
        return items;
    }

    public static bool IsPrimary(JsonNode? item) => item is JsonObject entry && entry["primary"] is JsonValue flag && flag.TryGetValue<bool>(out var primary) && primary;

    private static bool IsBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out _);
    }

    private static ScimProblem Invalid(string path, string expected, JsonNode? actual) =>
        ScimProblem.InvalidValue($"'{path}' must be {expected}, not {ScimValues.Describe(actual)}.");
}
