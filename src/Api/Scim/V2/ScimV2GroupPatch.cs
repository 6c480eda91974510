using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Filtering;
using Platform.Api.Scim.Common.Groups;
using Platform.Api.Scim.Common.Patching;
using Platform.Api.Scim.Common.Users;
using Platform.Application.Directory.Groups;

namespace Platform.Api.Scim.V2;

/// <summary>
/// SCIM 2.0 group PatchOp: <c>add members</c> appends; <c>remove members[value eq "id"]</c> removes that member;
/// <c>remove members</c> with a value removes those (Entra) and without one removes all; <c>replace members</c> sets
/// exactly the list (<c>[]</c> empties); a path-less <c>replace</c> of <c>{id, displayName}</c> renames and leaves
/// members alone; Okta's extension URN as a path names its whole object. Operations apply in order, atomically.
/// </summary>
public static class ScimV2GroupPatch
{
    public static ScimResult Read(JsonObject body, ScimGroupChangeBuilder changes) =>
        ScimV2PatchOperations.ForEach(body, (kind, path, value) =>
        {
            if (path is null)
            {
                if (kind == ScimPatchOperation.Remove) return ScimProblem.NoTarget("A remove operation needs a path.");
                return value is JsonObject resource
                    ? changes.ApplyResource(resource, kind)
                    : ScimProblem.InvalidValue("An operation without a path needs an object value of attributes.");
            }

            if (kind != ScimPatchOperation.Remove && value is null) return ScimProblem.InvalidValue($"The operation on '{path}' needs a value.");

            // Okta's extension URN ends in a version, which does not read as an attribute path: the path names the whole object.
            if (path.Equals(ScimGroupSchemas.OktaGroupExtension, StringComparison.OrdinalIgnoreCase))
            {
                return changes.ApplyAttribute(ScimGroupSchemas.OktaGroupExtension, value, kind);
            }

            var parsed = PatchPathParser.Parse(path);
            if (!parsed.IsSuccess) return parsed.Problem;
            var (attribute, filter) = (parsed.Value.Attribute, parsed.Value.ValueFilter);
            if (attribute.SchemaUrn is { } schema && !ScimGroupSchemas.IsCore(schema))
            {
                return attribute.SubAttribute is null && filter is null && !schema.Equals(ScimGroupSchemas.OktaGroupExtension, StringComparison.OrdinalIgnoreCase)
                    ? changes.ApplyAttribute($"{schema}:{attribute.Name}", value, kind)
                    : ScimProblem.InvalidPath($"'{path}' is in an extension this server keeps only as a whole object.");
            }

            // No group attribute this server changes has sub-attributes: removing members[value eq "x"].display must not remove the member.
            if (!ScimGroupChangeBuilder.IsKnownAttribute(attribute.Name) || attribute.SubAttribute is not null)
            {
                return ScimProblem.InvalidPath($"'{path}' is not a group attribute this server can change.");
            }

            if (filter is null) return changes.ApplyAttribute(attribute.Name, value, kind);
            if (!attribute.Name.Equals("members", StringComparison.OrdinalIgnoreCase) || kind != ScimPatchOperation.Remove)
            {
                return ScimProblem.InvalidPath($"'{path}': only 'remove' on members takes a filter.");
            }

            var ids = new List<string>();
            if (!MemberIds(filter, ids)) return ScimProblem.InvalidFilter($"The filter in '{path}' must be 'value eq \"<user id>\"' (optionally joined with 'or').");
            changes.Members.Add(new RemoveMembers(ids));
            return ScimResult.Success;
        });

    private static bool MemberIds(ScimFilter filter, List<string> ids)
    {
        switch (filter)
        {
            case LogicalFilter { Operator: LogicalOperator.Or } or:
                return MemberIds(or.Left, ids) && MemberIds(or.Right, ids);
            case ComparisonFilter { Operator: ComparisonOperator.Equal, Path.SubAttribute: null, Value: StringValue id } equal
                when equal.Path.Name.Equals("value", StringComparison.OrdinalIgnoreCase):
                ids.Add(id.Value);
                return true;
            default:
                return false;
        }
    }
}
