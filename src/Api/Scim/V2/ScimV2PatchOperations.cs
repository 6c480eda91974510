using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Patching;
using Platform.Api.Scim.Common.Users;

namespace Platform.Api.Scim.V2;

/// <summary>Reads a PatchOp body's operations (op in any case, path and value) and hands each to a resource's reader, in order.</summary>
public static class ScimV2PatchOperations
{
    public const string Schema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public const int MaxOperations = 1000;

    public delegate ScimResult OperationReader(ScimPatchOperation kind, string? path, JsonNode? value);

    public static ScimResult ForEach(JsonObject body, OperationReader read)
    {
        if ((body["Operations"] ?? body["operations"]) is not JsonArray operations || operations.Count == 0)
        {
            return ScimProblem.InvalidSyntax("A PATCH body needs an 'Operations' array with at least one operation.");
        }

        if (operations.Count > MaxOperations) return ScimProblem.InvalidValue($"A PATCH body may hold at most {MaxOperations} operations.");

        foreach (var node in operations)
        {
            if (node is not JsonObject operation) return ScimProblem.InvalidSyntax("Each operation must be an object with 'op', 'path' and 'value'.");
            var op = ScimPatchOperationParser.Parse(Text(operation, "op"));
            if (!op.IsSuccess) return op.Problem;
            var kind = op.Value;

            var pathNode = operation["path"] ?? operation["Path"];
            if (pathNode is not null && Text(operation, "path") is null) return ScimProblem.InvalidPath("'path' must be a string.");
            var path = Text(operation, "path");
            if (read(kind, string.IsNullOrWhiteSpace(path) ? null : path, operation["value"] ?? operation["Value"]) is { IsSuccess: false } failed) return failed;
        }

        return ScimResult.Success;
    }

    private static string? Text(JsonObject operation, string name)
    {
        var node = operation[name] ?? operation[char.ToUpperInvariant(name[0]) + name[1..]];
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
    }
}
