using Platform.Application.Common.Results;

namespace Platform.Application.Directory.Users;

public static class DirectoryErrors
{
    public static Error UserNotFound(string id) =>
        Error.NotFound("directory.user_not_found", $"No user with id '{Truncate(id)}' exists in this directory.");

    public static Error UserNameTaken(string userName) =>
        Error.Conflict("directory.user_name_taken", $"A user with userName '{Truncate(userName)}' already exists (userName is unique regardless of case).");

    public static readonly Error UserChangedConcurrently = new(
        "directory.user_changed_concurrently",
        "The user was changed by another request at the same time. Nothing was saved; read the user again and retry.",
        ErrorType.ConcurrentChange);

    public static readonly Error UserNameRequired = Error.Validation(
        "directory.user_name_required", "userName is required and cannot be removed or empty.", "userName");

    public static Error InvalidValue(string attribute, string message) =>
        Error.Validation("directory.invalid_value", message, attribute);

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
