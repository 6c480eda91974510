using Platform.Application.Common.Results;
using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

public static class IntegrationErrors
{
    public static Error NotFound(IntegrationKind kind) =>
        Error.NotFound("integrations.not_found", $"This company has no {kind} integration yet. Add one first.");

    public static Error AlreadyExists(IntegrationKind kind) =>
        Error.Conflict("integrations.already_exists", $"This company already has an {kind} integration. Use Reset API Token to issue a new token.");

    public static readonly Error ScimRequestNotFound = Error.NotFound(
        "integrations.scim_request_not_found",
        "There is no such request in this company's request log. Old requests are removed after the retention period.");

    /// <summary>
    /// One answer for every authentication failure — missing, malformed, wrong, reset or another company's token, or an
    /// unknown company — so that nobody can tell companies apart. It is what an Okta admin reads, so it says what to check.
    /// </summary>
    public static readonly Error InvalidScimToken = Error.Unauthorized(
        "integrations.invalid_scim_token",
        "The API token was not accepted for this Base URL. In Okta, check that the Base URL is exactly the one shown on " +
        "the platform's Okta integration page and that the API token was pasted into the API Token field in full. " +
        "If the token was reset or lost, reset it on the platform and paste the new one.");
}
