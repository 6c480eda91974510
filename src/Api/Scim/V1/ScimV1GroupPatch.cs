using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Groups;
using Platform.Api.Scim.Common.Patching;
using Platform.Api.Scim.Common.Users;

namespace Platform.Api.Scim.V1;

/// <summary>
/// SCIM 1.1 group PATCH as Okta sends it: <c>members</c> entries are added, or removed when marked
/// <c>"operation":"delete"</c>; <c>meta.attributes:["members"]</c> first clears the members, so that the list that
/// follows becomes the whole membership (Okta's "Push now"); a body of <c>id</c> and <c>displayName</c> only renames.
/// </summary>
public static class ScimV1GroupPatch
{
    public static ScimResult Read(JsonObject body, ScimGroupChangeBuilder changes)
    {
        if (body["meta"] is JsonObject meta && meta["attributes"] is { } cleared)
        {
            if (cleared is not JsonArray names) return ScimProblem.InvalidValue("meta.attributes must list attribute names.");
            foreach (var name in names)
            {
                if (!ScimValues.TryReadText(name, out var attribute) || attribute is null) return ScimProblem.InvalidValue("meta.attributes must list attribute names.");
                if (changes.ApplyAttribute(attribute, null, ScimPatchOperation.Remove) is { IsSuccess: false } failed) return failed;
            }
        }

        return changes.ApplyResource(body, ScimPatchOperation.Add);
    }
}
