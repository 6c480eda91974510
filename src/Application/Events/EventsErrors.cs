using Platform.Application.Common.Results;

namespace Platform.Application.Events;

public static class EventsErrors
{
    public static readonly Error InvalidCursor = Error.Validation(
        "events.invalid_cursor", "The cursor is not one this server handed out. Pass the value of 'next' from an earlier answer, or leave 'after' out to read from the first event.", "after");

    public static Error InvalidLimit(int max) => Error.Validation("events.invalid_limit", $"limit must be between 1 and {max}.", "limit");

    /// <summary>One answer for every failure (missing, wrong, revoked or another company's key, unknown company).</summary>
    public static readonly Error InvalidApiKey = Error.Unauthorized(
        "events.invalid_api_key", "The API key was not accepted for this company. Check that it is this company's key and that it has not been revoked.");

    public static readonly Error ApiKeyNameRequired = Error.Validation("events.api_key_name_required", "Give the key a name that says which service uses it.", "name");

    public static Error ApiKeyNotFound(string id) => Error.NotFound("events.api_key_not_found", $"This company has no API key '{id}'.");
}
