using System.Text.Json.Nodes;
using Platform.Api.Common;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Groups;
using Platform.Api.Scim.Common.Users;

namespace Platform.Api.Scim.V2;

/// <summary>
/// RFC 7644 §4 discovery: what this server supports, which resource types it serves and their schemas. Okta does not
/// call these; Entra and generic SCIM clients may.
/// </summary>
public static class ScimV2Discovery
{
    private const string UserSchema = ScimUserSchemas.CoreUserV2;
    private const string GroupSchema = ScimGroupSchemas.GroupV2;

    public static void Map(RouteGroupBuilder scim)
    {
        var dialect = ScimV2Dialect.Instance;
        scim.MapGet("/ServiceProviderConfig", (string companyKey, PublicUrls urls) => ScimResponses.Json(dialect, ServiceProviderConfig(urls.ScimBaseUrl(dialect.PathSegment, companyKey))));
        scim.MapGet("/ResourceTypes", (string companyKey, PublicUrls urls) =>
            ScimResponses.List(dialect, ResourceTypes(urls.ScimBaseUrl(dialect.PathSegment, companyKey)), 2, 1));
        scim.MapGet("/ResourceTypes/{name}", (string companyKey, string name, PublicUrls urls) =>
            ResourceTypes(urls.ScimBaseUrl(dialect.PathSegment, companyKey)).FirstOrDefault(r => string.Equals((string?)r["id"], name, StringComparison.OrdinalIgnoreCase)) is { } found
                ? ScimResponses.Json(dialect, found)
                : ScimResponses.Error(dialect, StatusCodes.Status404NotFound, $"There is no resource type '{name}'."));
        scim.MapGet("/Schemas", (string companyKey, PublicUrls urls) =>
            ScimResponses.List(dialect, Schemas(urls.ScimBaseUrl(dialect.PathSegment, companyKey)), 3, 1));
        scim.MapGet("/Schemas/{id}", (string companyKey, string id, PublicUrls urls) =>
            Schemas(urls.ScimBaseUrl(dialect.PathSegment, companyKey)).FirstOrDefault(s => string.Equals((string?)s["id"], id, StringComparison.OrdinalIgnoreCase)) is { } found
                ? ScimResponses.Json(dialect, found)
                : ScimResponses.Error(dialect, StatusCodes.Status404NotFound, $"There is no schema '{id}'."));
    }

    private static JsonObject ServiceProviderConfig(string baseUrl) => ScimServiceProviderConfig.Build(
        "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig",
        new JsonObject { ["resourceType"] = "ServiceProviderConfig", ["location"] = $"{baseUrl}/ServiceProviderConfig" },
        "'Authorization: Bearer <token>' or 'Authorization: <token>'");

    private static List<JsonNode> ResourceTypes(string baseUrl) =>
    [
        new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:ResourceType"),
            ["id"] = "User",
            ["name"] = "User",
            ["endpoint"] = "/Users",
            ["schema"] = UserSchema,
            ["schemaExtensions"] = new JsonArray(new JsonObject { ["schema"] = ScimUserSchemas.EnterpriseUserV2, ["required"] = false }),
            ["meta"] = new JsonObject { ["resourceType"] = "ResourceType", ["location"] = $"{baseUrl}/ResourceTypes/User" },
        },
        new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:ResourceType"),
            ["id"] = "Group",
            ["name"] = "Group",
            ["endpoint"] = "/Groups",
            ["schema"] = GroupSchema,
            ["meta"] = new JsonObject { ["resourceType"] = "ResourceType", ["location"] = $"{baseUrl}/ResourceTypes/Group" },
        },
    ];

    private static List<JsonNode> Schemas(string baseUrl)
    {
        var contact = new[] { Text("value", required: true), Text("type"), Text("display"), Boolean("primary") };
        return
        [
            Schema(baseUrl, UserSchema, "User",
            [
                Text("userName", required: true, uniqueness: "server"),
                Complex("name", [Text("formatted"), Text("familyName"), Text("givenName"), Text("middleName"), Text("honorificPrefix"), Text("honorificSuffix")]),
                Text("displayName"), Text("nickName"), Text("title"), Text("userType"), Text("preferredLanguage"), Text("locale"), Text("timezone"),
                Boolean("active"),
                Complex("emails", contact, multiValued: true),
                Complex("phoneNumbers", contact, multiValued: true),
                Complex("groups", [Text("value", mutability: "readOnly"), Text("display", mutability: "readOnly"), Text("type", mutability: "readOnly")], multiValued: true, mutability: "readOnly"),
                Text("externalId", caseExact: true),
            ]),
            Schema(baseUrl, GroupSchema, "Group",
            [
                Text("displayName", required: true, uniqueness: "server"),
                Complex("members", [Text("value", mutability: "immutable"), Text("display", mutability: "readOnly")], multiValued: true),
                Text("externalId", caseExact: true),
            ]),
            Schema(baseUrl, ScimUserSchemas.EnterpriseUserV2, "EnterpriseUser",
            [
                Text("employeeNumber"), Text("costCenter"), Text("organization"), Text("division"), Text("department"),
                Complex("manager", [Text("value")]),
            ]),
        ];
    }

    private static JsonObject Schema(string baseUrl, string id, string name, JsonObject[] attributes) => new()
    {
        ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Schema"),
        ["id"] = id,
        ["name"] = name,
        ["attributes"] = new JsonArray(attributes.Select(a => (JsonNode)a).ToArray()),
        ["meta"] = new JsonObject { ["resourceType"] = "Schema", ["location"] = $"{baseUrl}/Schemas/{id}" },
    };

    private static JsonObject Text(string name, bool required = false, bool caseExact = false, string mutability = "readWrite", string uniqueness = "none") => new()
    {
        ["name"] = name,
        ["type"] = "string",
        ["multiValued"] = false,
        ["required"] = required,
        ["caseExact"] = caseExact,
        ["mutability"] = mutability,
        ["returned"] = "default",
        ["uniqueness"] = uniqueness,
    };

    private static JsonObject Boolean(string name) => new()
    {
        ["name"] = name,
        ["type"] = "boolean",
        ["multiValued"] = false,
        ["required"] = false,
        ["mutability"] = "readWrite",
        ["returned"] = "default",
    };

    private static JsonObject Complex(string name, JsonObject[] subAttributes, bool multiValued = false, string mutability = "readWrite") => new()
    {
        ["name"] = name,
        ["type"] = "complex",
        ["multiValued"] = multiValued,
        ["required"] = false,
        ["mutability"] = mutability,
        ["returned"] = "default",
        ["subAttributes"] = new JsonArray(subAttributes.Select(a => (JsonNode)a.DeepClone()).ToArray()),
    };
}
