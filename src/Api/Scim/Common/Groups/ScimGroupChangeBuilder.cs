using System.Text.Json.Nodes;
using Platform.Api.Scim.Common.Patching;
using Platform.Api.Scim.Common.Users;
using Platform.Application.Common;
using Platform.Application.Directory.Groups;

namespace Platform.Api.Scim.Common.Groups;

/// <summary>
/// Turns SCIM group attributes (a whole resource, a 1.1 partial resource, or a 2.0 PatchOp) into protocol-neutral
/// <see cref="GroupChanges"/> and an ordered list of <see cref="MembershipChange"/>s. A body without <c>members</c>
/// never touches members: Okta's rename carries only <c>id</c> and <c>displayName</c>.
/// </summary>
public sealed class ScimGroupChangeBuilder
{
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "schemas", "id", "meta" };

    public GroupChanges Changes { get; } = new();

    public List<MembershipChange> Members { get; } = [];

    public ScimResult ApplyResource(JsonObject body, ScimPatchOperation operation)
    {
        foreach (var (name, value) in body)
        {
            if (ApplyAttribute(name, value, operation) is { IsSuccess: false } failed) return failed;
        }

        return ScimResult.Success;
    }

    public ScimResult ApplyAttribute(string name, JsonNode? value, ScimPatchOperation operation)
    {
        if (Ignored.Contains(name)) return ScimResult.Success;
        if (name.Contains(':', StringComparison.Ordinal))
        {
            var split = name.LastIndexOf(':');
            if (ScimGroupSchemas.IsCore(name[..split])) return ApplyAttribute(name[(split + 1)..], value, operation);
            if (operation == ScimPatchOperation.Remove || value is null)
            {
                Changes.CustomExtensions[name] = null;
                return ScimResult.Success;
            }

            if (value is not JsonObject extension) return ScimProblem.InvalidValue($"'{name}' must be an object.");
            Changes.CustomExtensions[name] = extension.ToJsonString();
            return ScimResult.Success;
        }

        switch (name.ToUpperInvariant())
        {
            case "DISPLAYNAME":
                if (operation == ScimPatchOperation.Remove) return ScimProblem.Mutability("displayName is required and cannot be removed.");
                if (!ScimValues.TryReadText(value, out var displayName) || string.IsNullOrWhiteSpace(displayName))
                {
                    return ScimProblem.InvalidValue("displayName must be a non-empty string.");
                }

                Changes.DisplayName = Optional<string?>.Of(displayName);
                return ScimResult.Success;
            case "EXTERNALID":
                if (operation == ScimPatchOperation.Remove)
                {
                    Changes.ExternalId = Optional<string?>.Of(null);
                    return ScimResult.Success;
                }

                if (!ScimValues.TryReadText(value, out var externalId)) return ScimProblem.InvalidValue("externalId must be a string.");
                Changes.ExternalId = Optional<string?>.Of(externalId);
                return ScimResult.Success;
            case "MEMBERS":
                return ApplyMembers(value, operation);
            default:
                // Attributes this server does not keep are ignored in bodies; PATCH paths naming them are rejected by the caller.
                return ScimResult.Success;
        }
    }

    public static bool IsKnownAttribute(string name) =>
        name.ToUpperInvariant() is "DISPLAYNAME" or "EXTERNALID" or "MEMBERS" || Ignored.Contains(name);

    /// <summary>
    /// Members as a 2.0 operation or a whole-resource body: add appends, replace sets exactly, remove with a value
    /// removes only those (Entra), remove without one removes all. 1.1 entries marked <c>"operation":"delete"</c> are removed.
    /// </summary>
    public ScimResult ApplyMembers(JsonNode? value, ScimPatchOperation operation)
    {
        if (operation == ScimPatchOperation.Remove && value is null)
        {
            Members.Add(new RemoveAllMembers());
            return ScimResult.Success;
        }

        if (value is null && operation == ScimPatchOperation.Replace)
        {
            Members.Add(new ReplaceMembers([]));
            return ScimResult.Success;
        }

        if (value is not JsonArray entries) entries = value is JsonObject single ? [single.DeepClone()] : null!;
        if (entries is null) return ScimProblem.InvalidValue("members must be an array of objects with a value.");

        // Runs of adds and of 1.1 deletes, in the order listed.
        var run = new List<string>();
        var runIsDelete = false;
        var replace = operation == ScimPatchOperation.Replace ? new List<string>() : null;
        foreach (var entry in entries)
        {
            var member = ReadMember(entry);
            if (!member.IsSuccess) return member.Problem;
            var (id, delete) = member.Value;
            if (operation == ScimPatchOperation.Remove) delete = true;
            if (replace is not null && !delete)
            {
                replace.Add(id);
                continue;
            }

            if (run.Count > 0 && delete != runIsDelete) Flush(run, runIsDelete);
            runIsDelete = delete;
            run.Add(id);
        }

        if (replace is not null) Members.Add(new ReplaceMembers(replace));
        Flush(run, runIsDelete);
        return ScimResult.Success;
    }

    private void Flush(List<string> run, bool delete)
    {
        if (run.Count == 0) return;
        Members.Add(delete ? new RemoveMembers([.. run]) : new AddMembers([.. run]));
        run.Clear();
    }

    private static ScimResult<(string Id, bool Delete)> ReadMember(JsonNode? entry)
    {
        if (entry is JsonValue bare && ScimValues.TryReadText(bare, out var bareId) && !string.IsNullOrWhiteSpace(bareId)) return (bareId.Trim(), false);
        if (entry is not JsonObject member || !ScimValues.TryReadText(member["value"], out var id) || string.IsNullOrWhiteSpace(id))
        {
            return ScimProblem.InvalidValue("Each member must be an object with a non-empty 'value' (a user id).");
        }

        var delete = member["operation"] is JsonValue op && op.ToString().Equals("delete", StringComparison.OrdinalIgnoreCase);
        return (id.Trim(), delete);
    }
}
