using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Filtering;
using Platform.Api.Scim.Common.Patching;
using Platform.Api.Scim.Common.Users;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Users;

namespace Platform.Api.Scim.V2;

/// <summary>
/// SCIM 2.0 PatchOp (RFC 7644 §3.5.2) for users, with the habits of real clients: Okta's path-less
/// <c>{"op":"replace","value":{"active":false}}</c>, Entra's capitalised ops, string booleans and dotted keys inside a
/// path-less value. Operations apply in order; all of them or none.
/// </summary>
public static class ScimV2UserPatch
{
    public static ScimResult Read(JsonObject body, ScimUserChangeBuilder changes) =>
        ScimV2PatchOperations.ForEach(body, (kind, path, value) => path is null
            ? PathLess(kind, value, changes)
            : WithPath(kind, path, value, changes));

    private static ScimResult PathLess(ScimPatchOperation kind, JsonNode? value, ScimUserChangeBuilder changes)
    {
        if (kind == ScimPatchOperation.Remove) return ScimProblem.NoTarget("A remove operation needs a path.");
        return value is JsonObject resource
            ? changes.ApplyResource(resource, kind)
            : ScimProblem.InvalidValue("An operation without a path needs an object value of attributes.");
    }

    private static ScimResult WithPath(ScimPatchOperation kind, string pathText, JsonNode? value, ScimUserChangeBuilder changes)
    {
        var parsed = PatchPathParser.Parse(pathText);
        if (!parsed.IsSuccess)
        {
            // An extension named by its URN alone, ending in a version ("urn:okta:acme:custom:user:1.0"), is not an
            // attribute path the grammar can read; it names the whole extension object.
            return pathText.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) && !pathText.Contains('[', StringComparison.Ordinal)
                && (value is JsonObject || kind == ScimPatchOperation.Remove)
                ? changes.ApplyQualified(pathText, value, kind)
                : parsed.Problem;
        }

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

            // An attribute of an extension named after its resource type, as RFC 7643 extension URNs are
            // ("urn:ietf:params:scim:schemas:extension:CustomExt:2.0:User:costCode", Entra's custom attributes).
            if (attribute.SubAttribute is null && schema.EndsWith(":User", StringComparison.OrdinalIgnoreCase))
            {
                changes.Changes.CustomExtensionAttributes.Add(new ExtensionAttributeChange(schema, attribute.Name, kind == ScimPatchOperation.Remove ? null : value?.ToJsonString()));
                return ScimResult.Success;
            }

            // A path naming a whole extension reads as its last segment under the rest (".../enterprise:2.0" + "User").
            var whole = $"{schema}:{attribute.Name}";
            return attribute.SubAttribute is null && (ScimUserSchemas.IsEnterprise(whole) || value is JsonObject || kind == ScimPatchOperation.Remove)
                ? changes.ApplyQualified(whole, value, kind)
                : ScimProblem.InvalidPath($"'{pathText}' is in an extension whose attributes this server keeps only as whole objects.");
        }

        // Server-managed attributes (id, meta, groups) and the never-kept password are ignored, filtered or not.
        if (ScimUserChangeBuilder.IsIgnoredAttribute(attribute.Name)) return ScimResult.Success;
        if (ScimUserChangeBuilder.StoredAttribute(attribute.Name) is { } stored)
        {
            return changes.ApplyStoredPath(stored, filter, attribute.SubAttribute, value, kind);
        }

        if (!ScimUserChangeBuilder.IsKnownAttribute(attribute.Name)) return ScimProblem.InvalidPath($"'{pathText}' is not a user attribute.");
        if (filter is not null && !IsMultiValued(attribute.Name))
        {
            return ScimProblem.InvalidPath($"'{pathText}': only multi-valued attributes take a filter.");
        }

        if (IsMultiValued(attribute.Name))
        {
            ContactMatch? match = null;
            if (filter is not null && (match = ToContactMatch(filter)) is null)
            {
                return ScimProblem.InvalidFilter($"The filter in '{pathText}' is not supported; use type, value or primary with eq, joined with and.");
            }

            return changes.ApplyContactPath(attribute.Name, match, attribute.SubAttribute, value, kind);
        }

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
}
