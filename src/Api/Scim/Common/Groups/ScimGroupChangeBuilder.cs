using Platform.Api.Scim.Common.Patching;
using System.Text.Json.Nodes;
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

    public ScimProblem? ApplyResource(JsonObject body, ScimPatchOperation operation)
    {
        foreach (var (name, value) in body)
        {
            if (ApplyAttribute(name, value, operation) is { } problem) return problem;
        }

        return null;
    }

    public ScimProblem? ApplyAttribute(string name, JsonNode? value, ScimPatchOperation operation)
    {
        if (Ignored.Contains(name)) return null;
        if (name.Contains(':', StringComparison.Ordinal))
        {
            var split = name.LastIndexOf(':');
            if (ScimGroupSchemas.IsCore(name[..split])) return ApplyAttribute(name[(split + 1)..], value, operation);
            if (operation == ScimPatchOperation.Remove || value is null)
            {
                Changes.CustomExtensions[name] = null;
                return null;
            }

            if (value is not JsonObject extension) return ScimProblem.InvalidValue($"'{name}' must be an object.");
            Changes.CustomExtensions[name] = extension.ToJsonString();
            return null;
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
                return null;
            case "EXTERNALID":
                if (operation == ScimPatchOperation.Remove)
                {
                    Changes.ExternalId = Optional<string?>.Of(null);
                    return null;
                }

                if (!ScimValues.TryReadText(value, out var externalId)) return ScimProblem.InvalidValue("externalId must be a string.");
                Changes.ExternalId = Optional<string?>.Of(externalId);
                return null;
            case "MEMBERS":
                return ApplyMembers(value, operation);
            default:
                // Attributes this server does not keep are ignored in bodies; PATCH paths naming them are rejected by the caller.
                return null;
        }
    }

    public static bool IsKnownAttribute(string name) =>
        name.ToUpperInvariant() is "DISPLAYNAME" or "EXTERNALID" or "MEMBERS" || Ignored.Contains(name);

    /// <summary>
    /// Members as a 2.0 operation or a whole-resource body: add appends, replace sets exactly, remove with a value
    /// removes only those (Entra), remove without one removes all. 1.1 entries marked <c>"operation":"delete"</c> are removed.
    /// </summary>
    public ScimProblem? ApplyMembers(JsonNode? value, ScimPatchOperation operation)
    {
        if (operation == ScimPatchOperation.Remove && value is null)
        {
            Members.Add(new RemoveAllMembers());
            return null;
        }

        if (value is null && operation == ScimPatchOperation.Replace)
        {
            Members.Add(new ReplaceMembers([]));
            return null;
        }

        if (value is not JsonArray entries) entries = value is JsonObject single ? [single.DeepClone()] : null!;
        if (entries is null) return ScimProblem.InvalidValue("members must be an array of objects with a value.");

        // Runs of adds and of 1.1 deletes, in the order listed.
        var run = new List<string>();
        var runIsDelete = false;
        var replace = operation == ScimPatchOperation.Replace ? new List<string>() : null;
        foreach (var entry in entries)
        {
            var (id, delete, problem) = ReadMember(entry);
            if (problem is not null) return problem;
            if (operation == ScimPatchOperation.Remove) delete = true;
            if (replace is not null && !delete)
            {
                replace.Add(id!);
                continue;
            }

            if (run.Count > 0 && delete != runIsDelete) Flush(run, runIsDelete);
            runIsDelete = delete;
            run.Add(id!);
        }

        if (replace is not null) Members.Add(new ReplaceMembers(replace));
        Flush(run, runIsDelete);
        return null;
    }

    private void Flush(List<string> run, bool delete)
    {
        if (run.Count == 0) return;
        Members.Add(delete ? new RemoveMembers([.. run]) : new AddMembers([.. run]));
        run.Clear();
    }

    private static (string? Id, bool Delete, ScimProblem? Problem) ReadMember(JsonNode? entry)
    {
        if (entry is JsonValue bare && ScimValues.TryReadText(bare, out var bareId) && !string.IsNullOrWhiteSpace(bareId)) return (bareId.Trim(), false, null);
        if (entry is not JsonObject member || !ScimValues.TryReadText(member["value"], out var id) || string.IsNullOrWhiteSpace(id))
        {
            return (null, false, ScimProblem.InvalidValue("Each member must be an object with a non-empty 'value' (a user id)."));
        }

        var delete = member["operation"] is JsonValue op && op.ToString().Equals("delete", StringComparison.OrdinalIgnoreCase);
        return (id.Trim(), delete, null);
    }
}
