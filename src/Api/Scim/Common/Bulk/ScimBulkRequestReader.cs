using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Api.Scim.Common.Bulk;

/// <summary>
/// Reads a bulk request body. What makes the whole request unusable (no <c>Operations</c>, another message's schema,
/// too many operations) is its problem; what is wrong with one operation (its method, path, bulkId or data) is that
/// operation's, answered in its place while the others run.
/// </summary>
public static class ScimBulkRequestReader
{
    private static readonly string[] Methods = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    public static ScimResult<ScimBulkRequest> Read(JsonObject body, ScimBulkMessages messages)
    {
        if (Member(body, "schemas") is { } schemas
            && (schemas is not JsonArray list || !list.Any(s => s is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() == messages.RequestSchema)))
        {
            return ScimProblem.InvalidSyntax($"A bulk request's schemas must list '{messages.RequestSchema}'.");
        }

        if (Member(body, "Operations") is not JsonArray operations) return ScimProblem.InvalidSyntax("A bulk request needs an 'Operations' array.");
        if (operations.Count > ScimBulkLimits.MaxOperations)
        {
            return new ScimProblem(
                StatusCodes.Status413PayloadTooLarge,
                $"The bulk request has {operations.Count} operations, more than maxOperations ({ScimBulkLimits.MaxOperations}).");
        }

        int? failOnErrors = null;
        if (Member(body, "failOnErrors") is { } limit)
        {
            if (limit is not JsonValue number || number.GetValueKind() != JsonValueKind.Number || !number.TryGetValue<int>(out var value) || value < 1)
            {
                return ScimProblem.InvalidValue("failOnErrors must be a whole number of at least 1.");
            }

            failOnErrors = value;
        }

        var read = new List<ScimBulkOperation>(operations.Count);
        var bulkIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in operations)
        {
            var operation = ReadOperation(read.Count, node);
            if (operation is { Problem: null, Method: "POST", BulkId: { } bulkId } && !bulkIds.Add(bulkId))
            {
                operation = operation with { Problem = ScimProblem.InvalidValue($"bulkId {ScimProblem.Quote(bulkId)} is declared by an earlier POST of this request; each must be unique.") };
            }

            read.Add(operation);
        }

        return new ScimBulkRequest(failOnErrors, read);
    }

    private static ScimBulkOperation ReadOperation(int index, JsonNode? node)
    {
        var none = new HashSet<string>();
        if (node is not JsonObject operation) return new(index, null, null, null, null, null, null, none, ScimProblem.InvalidSyntax("A bulk operation must be a JSON object."));

        var method = Text(operation, "method");
        var bulkId = Text(operation, "bulkId");
        var version = Text(operation, "version");
        var known = Methods.FirstOrDefault(m => string.Equals(m, method, StringComparison.OrdinalIgnoreCase));
        var data = Member(operation, "data") as JsonObject;
        var invalid = new ScimBulkOperation(index, known ?? method, bulkId, version, null, null, null, none);
        if (known is null) return invalid with { Problem = ScimProblem.InvalidValue("A bulk operation's method must be POST, PUT, PATCH or DELETE.") };
        if (!TryReadPath(Text(operation, "path"), known, out var resourceType, out var id, out var pathProblem)) return invalid with { Problem = pathProblem };
        if (known == HttpMethods.Post && string.IsNullOrEmpty(bulkId)) return invalid with { Problem = ScimProblem.InvalidValue("A bulk POST operation needs a bulkId.") };
        if (known != HttpMethods.Delete && data is null) return invalid with { Problem = ScimProblem.InvalidSyntax($"A bulk {known} operation needs 'data', a JSON object.") };

        var references = new HashSet<string>(StringComparer.Ordinal);
        if (ScimBulkReferences.TryRead(id, out var pathReference)) references.Add(pathReference);
        if (known != HttpMethods.Delete) ScimBulkReferences.Collect(data, references);
        return new(index, known, bulkId, version, resourceType, id, known == HttpMethods.Delete ? null : data, references);
    }

    /// <summary><c>/Users</c> or <c>/Groups</c> for a POST, <c>/Users/{id}</c> or <c>/Groups/{id}</c> for the others; the id may be a <c>bulkId:</c> reference.</summary>
    private static bool TryReadPath(string? path, string method, out string resourceType, out string? id, out ScimProblem? problem)
    {
        resourceType = string.Empty;
        id = null;
        problem = null;
        var parts = (path ?? string.Empty).Split('/');
        var type = parts is ["", var name, ..] ? name : null;
        resourceType = type is null ? string.Empty
            : type.Equals("Users", StringComparison.OrdinalIgnoreCase) ? "Users"
            : type.Equals("Groups", StringComparison.OrdinalIgnoreCase) ? "Groups"
            : string.Empty;
        var expected = method == HttpMethods.Post ? "/Users or /Groups" : "/Users/{id} or /Groups/{id}";
        var shapeFits = method == HttpMethods.Post ? parts.Length == 2 : parts.Length == 3 && parts[2].Length > 0;
        if (resourceType.Length == 0 || !shapeFits)
        {
            problem = ScimProblem.InvalidValue($"A bulk {method} operation's path must be {expected}, not {ScimProblem.Quote(path ?? string.Empty)}.");
            return false;
        }

        if (parts.Length == 3) id = Uri.UnescapeDataString(parts[2]);
        return true;
    }

    /// <summary>A member by name in any case, as SCIM attribute names are.</summary>
    private static JsonNode? Member(JsonObject obj, string name) =>
        obj.FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Text(JsonObject obj, string name) => Member(obj, name) switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
        _ => null,
    };
}
