using Mediator;
using Platform.Api.Common;
using Platform.Api.Console;
using Platform.Api.Console.Shared;
using Platform.Application.Common.Results;
using Platform.Application.Integrations;
using Platform.Domain.Integrations;

namespace Platform.Api.Integrations.Console;

/// <summary>
/// Everything the Okta page shows: the values to paste into Okta, the set-up checklist's live status and, only on
/// the answer to an add or a reset, the token itself.
/// </summary>
public sealed record OktaPanel(string ScimV1BaseUrl, string ScimV2BaseUrl, IntegrationStatusView Status, ProvisionedCounts Provisioned, string? IssuedToken, DateTimeOffset Now)
{
    public IntegrationView Integration => Status.Integration;

    public CopyField BaseUrlField => new(
        "base-url",
        "Base URL",
        ScimV1BaseUrl,
        "For Okta's “SCIM 1.1 Header Auth” app: Provisioning → Configure API Integration → Base URL.");

    public CopyField ScimV2Field => new(
        "scim2-base-url",
        "SCIM 2.0 Base URL",
        ScimV2BaseUrl,
        "For SCIM 2.0 clients (Okta's SCIM 2.0 apps, Microsoft Entra ID). The same API token works for both.");

    public CopyField? TokenField => IssuedToken is null
        ? null
        : new("api-token", "API Token", IssuedToken, "Paste it into the API Token field in Okta. Copy it now: it will not be shown again.");

    public static async Task<Result<OktaPanel>> LoadAsync(
        ISender sender, CurrentAccount account, PublicUrls urls, TimeProvider clock, string? issuedToken, CancellationToken ct)
    {
        var status = await sender.Send(new GetIntegrationStatusQuery(account.CompanyId, IntegrationKind.Okta), ct);
        if (!status.IsSuccess) return Result<OktaPanel>.Failure(status.Errors);
        var provisioned = await ProvisionedCounts.LoadAsync(sender, account, ct);
        if (!provisioned.IsSuccess) return Result<OktaPanel>.Failure(provisioned.Errors);
        return new OktaPanel(urls.ScimBaseUrl(PublicUrls.ScimV1, account.CompanyKey), urls.ScimBaseUrl(PublicUrls.ScimV2, account.CompanyKey), status.Value, provisioned.Value, issuedToken, clock.GetUtcNow());
    }

    /// <summary>The console's FAQ for a refused request: what it means, and what to do in Okta.</summary>
    public static (string What, string Meaning) Explain(ScimRefusal reason) => reason switch
    {
        ScimRefusal.MissingToken => (
            "No API token was sent",
            "Okta called the Base URL without a token. In Okta, paste the API token into the API Token field (not into the Base URL or another field), then Test API Credentials and Save."),
        _ => (
            "The API token was not accepted",
            "A token arrived, but it is not this company's current one: it was pasted only in part, into the wrong field, or it is an old token replaced by a reset. Paste the current token again; if nobody has it any more, reset it and paste the new one."),
    };
}
