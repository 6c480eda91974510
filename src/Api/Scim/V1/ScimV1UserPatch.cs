using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Patching;
using Platform.Api.Scim.Common.Users;

namespace Platform.Api.Scim.V1;

/// <summary>
/// SCIM 1.1 PATCH: the body is a partial resource. Attributes named in <c>meta.attributes</c> are cleared first; the
/// attributes present are then set; multi-valued entries are added, or removed when marked <c>"operation":"delete"</c>.
/// </summary>
public static class ScimV1UserPatch
{
    public static ScimResult Read(JsonObject body, ScimUserChangeBuilder changes)
    {
        if (body["meta"] is JsonObject { } meta && meta["attributes"] is { } listed)
        {
            // Anything but a list of names is refused: ignoring it would answer 200 and leave the attributes in place.
            if (listed is not JsonArray cleared) return NotNames();
            foreach (var attribute in cleared)
            {
                if (attribute is not JsonValue name || name.GetValueKind() != System.Text.Json.JsonValueKind.String) return NotNames();

                var text = name.GetValue<string>();
                var applied = text.Contains(':', StringComparison.Ordinal)
                    ? changes.ApplyQualified(text, null, ScimPatchOperation.Remove)
                    : changes.ApplyAttribute(text, null, ScimPatchOperation.Remove);
                if (!applied.IsSuccess) return applied;
            }
        }

        return changes.ApplyResource(body, ScimPatchOperation.Add);
    }

    private static ScimProblem NotNames() => ScimProblem.InvalidValue("meta.attributes must be an array of attribute names.");
}
