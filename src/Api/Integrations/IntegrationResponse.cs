using Platform.Api.Common;
using Platform.Application.Integrations;

namespace Platform.Api.Integrations;

/// <summary>An integration as the admin API shows it. <see cref="Token"/> is present only in the add and reset answers.</summary>
public sealed record IntegrationResponse(
    string CompanyKey,
    string Kind,
    string ScimV1BaseUrl,
    string ScimV2BaseUrl,
    string TokenHint,
    DateTimeOffset CreatedAt,
    DateTimeOffset TokenIssuedAt,
    DateTimeOffset? TokenRotatedAt,
    DateTimeOffset? LastUsedAt,
    string? Token = null)
{
    public static IntegrationResponse From(string companyKey, IntegrationView view, PublicUrls urls, string? token = null) => new(
        companyKey,
        view.Kind.ToString().ToLowerInvariant(),
        urls.ScimBaseUrl(PublicUrls.ScimV1, companyKey),
        urls.ScimBaseUrl(PublicUrls.ScimV2, companyKey),
        view.TokenHint,
        view.CreatedAt,
        view.TokenIssuedAt,
        view.TokenRotatedAt,
        view.LastUsedAt,
        token);
}
