using System.Text.Json.Nodes;
using Platform.Api.Common;
using Platform.Api.Scim.Common;

namespace Platform.Api.Scim.V1;

/// <summary>SCIM 1.1's <c>/ServiceProviderConfigs</c>: what this server supports (Okta does not call it).</summary>
public static class ScimV1Discovery
{
    public static void Map(RouteGroupBuilder scim) =>
        scim.MapGet("/ServiceProviderConfigs", (string companyKey, PublicUrls urls) => ScimResults.Json(ScimV1Dialect.Instance, new JsonObject
        {
            ["schemas"] = new JsonArray(ScimV1Dialect.CoreSchema),
            ["patch"] = new JsonObject { ["supported"] = true },
            ["bulk"] = new JsonObject { ["supported"] = false, ["maxOperations"] = 0, ["maxPayloadSize"] = 0 },
            ["filter"] = new JsonObject { ["supported"] = true, ["maxResults"] = ScimPaging.MaxCount },
            ["changePassword"] = new JsonObject { ["supported"] = false },
            ["sort"] = new JsonObject { ["supported"] = false },
            ["etag"] = new JsonObject { ["supported"] = false },
            ["xmlDataFormat"] = new JsonObject { ["supported"] = false },
            ["authenticationSchemes"] = new JsonArray(new JsonObject
            {
                ["type"] = "oauthbearertoken",
                ["name"] = "API token",
                ["description"] = "The API token from the platform's integration page, sent as 'Authorization: <token>' or 'Authorization: Bearer <token>'.",
                ["primary"] = true,
            }),
            ["meta"] = new JsonObject { ["location"] = $"{urls.Base}/scim/v1/{companyKey}/ServiceProviderConfigs" },
        }));
}
