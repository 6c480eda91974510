using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Filtering;
using Platform.Api.Scim.Common.Patching;
using Platform.Api.Scim.Common.Users;
using Platform.Application.Directory.Users;

namespace Platform.Api.Scim.V2;

/// <summary>
/// SCIM 2.0 PatchOp (RFC 7644 §3.5.2) for users, with the habits of real clients: Okta's path-less
/// <c>{"op":"replace","value":{"active":false}}</c>, Entra's capitalised ops, string booleans and dotted keys inside a
/// path-less value. Operations apply in order; all of them or none.
/// </summary>
public static class ScimV2UserPatch
{
    public const string PatchOpSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    public static ScimProblem? Read(JsonObject body, ScimUserChangeBuilder changes)
    {
        if ((body["Operations"] ?? body["operations"]) is not JsonArray operations || operations.Count == 0)
        {
            return ScimProblem.InvalidSyntax("A PATCH body needs an 'Operations' array with at least one operation.");
        }

        foreach (var node in operations)
        {
            if (node is not JsonObject operation) return ScimProblem.InvalidSyntax("Each operation must be an object with 'op', 'path' and 'value'.");
            var op = PatchOperationTypeParser.Parse(Text(operation, "op"));
            if (!op.IsSuccess) return ScimProblem.InvalidSyntax(op.Error.Message);
            var kind = op.Value switch
            {
                PatchOperationType.Add => ScimPatchOperation.Add,
                PatchOperationType.Replace => ScimPatchOperation.Replace,
                _ => ScimPatchOperation.Remove,
            };
            var value = Member(operation, "value");
            var pathNode = Member(operation, "path");
            // A path of another type is not an absent path: read as path-less, {"path":42,"value":{…}} would change the user.
            if (pathNode is not null && pathNode.GetValueKind() != JsonValueKind.String)
            {
                return ScimProblem.InvalidPath($"An operation's 'path' must be a string, not {ScimValues.Describe(pathNode)}.");
            }

            var path = pathNode?.GetValue<string>();

            var problem = string.IsNullOrWhiteSpace(path)
                ? PathLess(kind, value, changes)
                : WithPath(kind, path, value, changes);
            if (problem is not null) return problem;
        }

        return null;
    }

    private static ScimProblem? PathLess(ScimPatchOperation kind, JsonNode? value, ScimUserChangeBuilder changes)
    {
        if (kind == ScimPatchOperation.Remove) return ScimProblem.NoTarget("A remove operation needs a path.");
        return value is JsonObject resource
            ? changes.ApplyResource(resource, kind)
            : ScimProblem.InvalidValue("An operation without a path needs an object value of attributes.");
    }

    private static ScimProblem? WithPath(ScimPatchOperation kind, string pathText, JsonNode? value, ScimUserChangeBuilder changes)
    {
        var parsed = PatchPathParser.Parse(pathText);
        if (!parsed.IsSuccess) return ScimProblem.InvalidPath(parsed.Error.Message);

        var (attribute, filter) = (parsed.Value.Attribute, parsed.Value.ValueFilter);
        if (kind != ScimPatchOperation.Remove && value is null) return ScimProblem.InvalidValue($"The operation on '{pathText}' needs a value.");

        if (attribute.SchemaUrn is { } schema && !ScimUserSchemas.IsCore(schema))
        {
            if (filter is not null) return ScimProblem.InvalidPath($"'{pathText}' cannot be filtered.");
            if (ScimUserSchemas.IsEnterprise(schema))
            {
                var name = attribute.SubAttribute is null ? attribute.Name : $"{attribute.Name}.{attribute.SubAttribute}";
                return changes.ApplyEnterprise(name, value, kind);
            }

            // A path naming a whole extension reads as its last segment under the rest (".../enterprise:2.0" + "User").
            var whole = $"{schema}:{attribute.Name}";
            return attribute.SubAttribute is null && (ScimUserSchemas.IsEnterprise(whole) || value is JsonObject || kind == ScimPatchOperation.Remove)
                ? changes.ApplyQualified(whole, value, kind)
                : ScimProblem.InvalidPath($"'{pathText}' is in an extension whose attributes this server keeps only as whole objects.");
        }

        if (filter is not null || IsMultiValued(attribute.Name))
        {
            ContactMatch? match = null;
            if (filter is not null && (match = ToContactMatch(filter)) is null)
            {
                return ScimProblem.InvalidFilter($"The filter in '{pathText}' is not supported; use type, value or primary with eq, joined with and.");
            }

            return changes.ApplyContactPath(attribute.Name, match, attribute.SubAttribute, value, kind);
        }

        if (!ScimUserChangeBuilder.IsKnownAttribute(attribute.Name)) return ScimProblem.InvalidPath($"'{pathText}' is not a user attribute.");
        return attribute.SubAttribute is null
            ? changes.ApplyAttribute(attribute.Name, value, kind)
            : changes.ApplySubAttribute(attribute.Name, attribute.SubAttribute, value, kind);
    }

    private static bool IsMultiValued(string name) =>
        name.Equals("emails", StringComparison.OrdinalIgnoreCase) || name.Equals("phoneNumbers", StringComparison.OrdinalIgnoreCase);

    private static ContactMatch? ToContactMatch(ScimFilter filter)
    {
        switch (filter)
        {
            case LogicalFilter { Operator: LogicalOperator.And } and:
                var left = ToContactMatch(and.Left);
                var right = ToContactMatch(and.Right);
                return left is null || right is null ? null : new ContactMatch(left.Type ?? right.Type, left.Value ?? right.Value, left.Primary ?? right.Primary);
            case ComparisonFilter { Operator: ComparisonOperator.Equal, Path.SubAttribute: null } equal:
                return (equal.Path.Name.ToUpperInvariant(), equal.Value) switch
                {
                    ("TYPE", StringValue type) => new ContactMatch(Type: type.Value),
                    ("VALUE", StringValue text) => new ContactMatch(Value: text.Value),
                    ("PRIMARY", BooleanValue primary) => new ContactMatch(Primary: primary.Value),
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static JsonNode? Member(JsonObject operation, string name) => operation[name] ?? operation[char.ToUpperInvariant(name[0]) + name[1..]];

    private static string? Text(JsonObject operation, string name) =>
        Member(operation, name) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
