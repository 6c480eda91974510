using System.Text.Json.Nodes;
using Platform.Api.Common;
using Platform.Api.Scim.Common;

namespace Platform.Api.Scim.V1;

/// <summary>SCIM 1.1's <c>/ServiceProviderConfigs</c>: what this server supports (Okta does not call it).</summary>
public static class ScimV1Discovery
{
    public static void Map(RouteGroupBuilder scim) =>
        scim.MapGet("/ServiceProviderConfigs", (string companyKey, PublicUrls urls) =>
        {
            var config = ScimServiceProviderConfig.Build(
                ScimV1Dialect.CoreSchema,
                new JsonObject { ["location"] = ScimUrls.Resources(urls, ScimV1Dialect.Instance, companyKey, "ServiceProviderConfigs") },
                "'Authorization: <token>' or 'Authorization: Bearer <token>'");
            config["xmlDataFormat"] = new JsonObject { ["supported"] = false };
            return ScimResponses.Json(ScimV1Dialect.Instance, config);
        });
}
