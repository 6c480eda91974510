using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Api.Scim.Common;

/// <summary>
/// Reads a SCIM boolean the way clients really send it: JSON <c>true</c>/<c>false</c>, or, from Entra, the strings
/// <c>"True"</c>/<c>"False"</c> in any case. Anything else is a failure (400 <c>invalidValue</c>).
/// </summary>
public static class ScimBoolean
{
    public static ScimResult<bool> Read(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => FromString(value.GetString()),
        _ => NotABoolean(value.ValueKind),
    };

    public static ScimResult<bool> Read(JsonNode? value) => value switch
    {
        null => NotABoolean(JsonValueKind.Null),
        JsonValue json when json.TryGetValue<bool>(out var boolean) => boolean,
        JsonValue json when json.TryGetValue<string>(out var text) => FromString(text),
        _ => NotABoolean(value.GetValueKind()),
    };

    private static ScimResult<bool> FromString(string? text) =>
        string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) ? true
        : string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) ? false
        : NotABoolean($"the string {ScimProblem.Quote(text ?? string.Empty)}");

    private static ScimProblem NotABoolean(JsonValueKind kind) => NotABoolean(kind.ToString().ToLowerInvariant());

    private static ScimProblem NotABoolean(string found) =>
        ScimProblem.InvalidValue($"Expected a boolean: true or false, or the string \"true\" or \"false\"; found {found}.");
}
