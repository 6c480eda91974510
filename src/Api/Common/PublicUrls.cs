namespace Platform.Api.Common;

/// <summary>Builds the URLs an admin pastes into an identity provider, from the configured public base.</summary>
public sealed class PublicUrls(IConfiguration configuration)
{
    public const string DefaultBase = "http://127.0.0.1:5000";

    public string Base { get; } = (configuration["PublicBaseUrl"] is { Length: > 0 } configured ? configured : DefaultBase).TrimEnd('/');

    public string ScimV1BaseUrl(string companyKey) => $"{Base}/scim/v1/{companyKey}";

    public string ScimV2BaseUrl(string companyKey) => $"{Base}/scim/v2/{companyKey}";
}
