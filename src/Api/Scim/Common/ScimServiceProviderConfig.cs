using System.Text.Json.Nodes;

namespace Platform.Api.Scim.Common;

/// <summary>What this server supports, the same in both versions; each version adds its schema and meta.</summary>
public static class ScimServiceProviderConfig
{
    public static JsonObject Build(string schema, JsonObject meta, string headerStyles) => new()
    {
        ["schemas"] = new JsonArray(schema),
        ["patch"] = new JsonObject { ["supported"] = true },
        ["bulk"] = new JsonObject { ["supported"] = true, ["maxOperations"] = Bulk.ScimBulkLimits.MaxOperations, ["maxPayloadSize"] = Bulk.ScimBulkLimits.MaxPayloadSize },
        ["filter"] = new JsonObject { ["supported"] = true, ["maxResults"] = ScimPaging.MaxCount },
        ["changePassword"] = new JsonObject { ["supported"] = false },
        ["sort"] = new JsonObject { ["supported"] = true },
        ["etag"] = new JsonObject { ["supported"] = true },
        ["pagination"] = new JsonObject
        {
            ["cursor"] = true,
            ["index"] = true,
            ["defaultPaginationMethod"] = "index",
            ["defaultPageSize"] = ScimPaging.DefaultCount,
            ["maxPageSize"] = ScimPaging.MaxCount,
            ["cursorTimeout"] = (int)ScimCursor.Timeout.TotalSeconds,
        },
        ["authenticationSchemes"] = new JsonArray(new JsonObject
        {
            ["type"] = "oauthbearertoken",
            ["name"] = "API token",
            ["description"] = $"The API token from the platform's integration page, sent as {headerStyles}.",
            ["primary"] = true,
        }),
        ["meta"] = meta,
    };
}
