using Platform.Api.Common;

namespace Platform.Api.Scim.Common;

public static class ScimUrls
{
    /// <summary>The absolute URL of a resource type under a company's base URL, e.g. <c>…/scim/v2/acme/Users</c>.</summary>
    public static string Resources(PublicUrls urls, IScimDialect dialect, string companyKey, string resourceType) =>
        $"{urls.ScimBaseUrl(dialect.PathSegment, companyKey)}/{resourceType}";
}
