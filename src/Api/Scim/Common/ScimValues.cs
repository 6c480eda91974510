using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Api.Scim.Common;

/// <summary>
/// Reads JSON text the way real clients send it (numbers where text is meant). A primitive for the change builders,
/// which turn a failed read into a <see cref="ScimProblem"/> naming the attribute; booleans go through
/// <see cref="ScimBoolean"/>.
/// </summary>
public static class ScimValues
{
    /// <param name="allowNumber">Accept a JSON number as its text (Entra sends some enterprise attributes as numbers).</param>
    public static bool TryReadText(JsonNode? node, out string? text, bool allowNumber = false)
    {
        text = null;
        if (node is null) return true;
        if (node is not JsonValue value) return false;
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                text = value.GetValue<string>();
                return true;
            case JsonValueKind.Number when allowNumber:
                text = value.ToJsonString();
                return true;
            case JsonValueKind.Null:
                return true;
            default:
                return false;
        }
    }

    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        _ => node.GetValueKind().ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
