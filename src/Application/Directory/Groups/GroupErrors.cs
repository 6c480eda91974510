using Platform.Application.Common.Results;

namespace Platform.Application.Directory.Groups;

public static class GroupErrors
{
    public static Error NotFound(string id) =>
        Error.NotFound("directory.group_not_found", $"No group with id '{(id.Length <= 200 ? id : id[..200])}' exists in this directory.");

    public static Error DisplayNameTaken(string displayName) =>
        Error.Conflict("directory.group_name_taken", $"A group named '{displayName}' already exists (names are unique regardless of case). Link to it instead of creating it.");

    public static Error UnknownMembers(IReadOnlyList<string> ids) =>
        Error.Validation(
            "directory.unknown_members",
            $"These members are not users of this directory, so nothing was changed: {string.Join(", ", ids.Take(10))}{(ids.Count > 10 ? $" and {ids.Count - 10} more" : string.Empty)}.",
            "members");

    public static readonly Error DisplayNameRequired = Error.Validation(
        "directory.group_name_required", "displayName is required and cannot be empty.", "displayName");
}
