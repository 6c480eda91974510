using Platform.Application.Integrations;
using Platform.Domain.Integrations;

namespace Platform.Api.Integrations.Console;

/// <summary>What a request's outcome means, in plain language, and what to do about it in Okta or on this platform.</summary>
public sealed record ScimRequestExplanation(string What, string Advice)
{
    public static ScimRequestExplanation? For(ScimRequestView request)
    {
        var resource = request.Resource switch
        {
            ScimResource.Users => "user",
            ScimResource.Groups => "group",
            _ => null,
        };
        var detail = string.IsNullOrWhiteSpace(request.ErrorDetail) ? null : $"The platform answered: “{request.ErrorDetail}”";
        return request.Status switch
        {
            < 400 => null,
            401 when request.Refusal == ScimRefusal.MissingToken => new(
                "No API token was sent",
                "Okta called the Base URL without a token: the API Token field in Okta is empty, or the token was pasted into another field. In Okta, paste the token into Provisioning → Integration → API Token, click Test API Credentials, then Save."),
            401 => new(
                "The API token in Okta is not the current one",
                "A token arrived, but it is not this company's current token: it was pasted only in part, or it is an old token that a reset replaced. If you have the current token, paste it again in Okta (Provisioning → Integration → API Token). If nobody has it, reset it on the Okta page here, paste the new one into Okta, click Test API Credentials, then Save."),
            404 when resource is not null && HasId(request.Path) => new(
                $"Okta asked for a {resource} this platform does not have",
                $"The {resource} Okta refers to does not exist in this company here (it was never created here, or Okta's Base URL pointed at another company when it was). In Okta, unassign and reassign the person, or push the group again, so that Okta creates it here."),
            404 => new(
                "Nothing at this address: the Base URL in Okta is wrong",
                "The request reached this company but asked for a path that does not exist. Compare the Base URL in Okta character by character with the one on the Okta page: it must end in /scim/v1/ followed by your company key (or /scim/v2/ for SCIM 2.0 apps), with nothing after it. A wrong company key is refused as an unknown company and never shows up in this log at all."),
            409 when request.Resource == ScimResource.Groups => new(
                "A group with that name already exists",
                "Group names are unique here, in any case. In Okta's Push Groups, choose Link Group to link to the existing group instead of creating another, or rename one of the two."),
            409 when request.Method == "POST" => new(
                "A user with that userName already exists",
                "Someone with the same userName (in any case) is already on this platform, perhaps deactivated or created before this Okta app was connected. In Okta, make the userName unique, or remove the duplicate assignment; a deactivated person comes back when Okta reactivates them."),
            409 => new(
                "A conflicting change",
                (detail ?? "The change conflicts with another one.") + " Okta retries such requests; if it keeps failing, look for a duplicate userName or group name."),
            400 => new(
                "Okta sent a value the platform refused",
                (detail ?? "The request was not valid.") + " " + Hint(request.ScimType) + " Change the attribute's mapping or value in Okta (Provisioning → To App → attribute mappings), then retry the task in Okta."),
            413 => new(
                "The request was too large",
                (detail ?? "The body was larger than this server accepts.") + " Push very large groups in parts, or ask the operator to raise the limit."),
            >= 500 => new(
                "The platform failed on this request",
                $"This is the platform's fault, not Okta's. Okta retries failed requests. If it persists, give the operator the request id {request.RequestId} and the time."),
            _ => detail is null ? null : new("The request was refused", detail),
        };
    }

    private static bool HasId(string path) => path.Split('?')[0].Trim('/').Split('/').Length == 2;

    private static string Hint(string? scimType) => scimType switch
    {
        "invalidValue" => "An attribute is missing or has a value the platform does not accept.",
        "invalidSyntax" => "The body is not the SCIM JSON the platform expects.",
        "invalidFilter" => "Okta's search filter is one the platform does not support.",
        "mutability" => "Okta tried to change or remove an attribute that cannot be changed.",
        "uniqueness" => "Another user or group already has that value.",
        "noTarget" or "invalidPath" => "A PATCH operation names an attribute the platform does not know.",
        _ => "The message above names the attribute and why it was refused.",
    };
}
