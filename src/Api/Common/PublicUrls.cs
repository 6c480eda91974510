namespace Platform.Api.Common;

/// <summary>Builds the URLs an admin pastes into an identity provider, from the configured public base.</summary>
public sealed class PublicUrls(IConfiguration configuration)
{
    public const string DefaultBase = "http://127.0.0.1:5000";

    /// <summary>SCIM 1.1's path segment (the dialect's <c>PathSegment</c>).</summary>
    public const string ScimV1 = "v1";

    /// <summary>SCIM 2.0's path segment.</summary>
    public const string ScimV2 = "v2";

    public string Base { get; } = (configuration["PublicBaseUrl"] is { Length: > 0 } configured ? configured : DefaultBase).TrimEnd('/');

    /// <summary>
    /// The one place a company's SCIM base is spelled: <c>/scim/{version}/{companyKey}</c>, where the version is a
    /// dialect's path segment (<c>v1</c>, <c>v2</c>). Routes are mapped on it and every absolute SCIM URL starts with it.
    /// </summary>
    public static string ScimBasePath(string version, string companyKey) => $"/scim/{version}/{companyKey}";

    /// <summary>A company's absolute SCIM base URL, e.g. <c>https://platform.example/scim/v2/acme</c>.</summary>
    public string ScimBaseUrl(string version, string companyKey) => Base + ScimBasePath(version, companyKey);
}
