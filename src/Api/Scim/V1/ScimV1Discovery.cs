using System.Text.Json.Nodes;
using Platform.Api.Common;
using Platform.Api.Scim.Common;
using Platform.Application.Directory.Schema;

namespace Platform.Api.Scim.V1;

/// <summary>
/// SCIM 1.1 discovery: <c>/ServiceProviderConfigs</c>, and <c>/Schemas</c> with one document per resource type written
/// from the directory catalogue (<c>/Schemas/Users</c>, also found by its id or its schema's URN). Okta does not call them.
/// </summary>
public static class ScimV1Discovery
{
    public static void Map(RouteGroupBuilder scim)
    {
        var dialect = ScimV1Dialect.Instance;
        scim.MapGet("/ServiceProviderConfigs", (string companyKey, PublicUrls urls) =>
        {
            var config = ScimServiceProviderConfig.Build(
                ScimV1Dialect.CoreSchema,
                new JsonObject { ["location"] = ScimUrls.Resources(urls, dialect, companyKey, "ServiceProviderConfigs") },
                "'Authorization: <token>' or 'Authorization: Bearer <token>'");
            config["xmlDataFormat"] = new JsonObject { ["supported"] = false };
            return ScimResponses.Json(dialect, config);
        });
        scim.MapGet("/Schemas", (string companyKey, PublicUrls urls) =>
        {
            var schemas = Types.Select(type => (JsonNode)ScimSchemaDocuments.V1Schema(urls.ScimBaseUrl(dialect.PathSegment, companyKey), type)).ToList();
            return ScimResponses.List(dialect, schemas, schemas.Count, 1);
        });
        scim.MapGet("/Schemas/{id}", (string companyKey, string id, PublicUrls urls) =>
            Types.FirstOrDefault(type => Names(type, id)) is { } found
                ? ScimResponses.Json(dialect, ScimSchemaDocuments.V1Schema(urls.ScimBaseUrl(dialect.PathSegment, companyKey), found))
                : ScimResponses.Error(dialect, StatusCodes.Status404NotFound, $"There is no schema '{id}'."));
    }

    private static readonly ResourceType[] Types = [DirectoryCatalogue.UserType, DirectoryCatalogue.GroupType];

    /// <summary><c>Users</c>, <c>User</c>, <c>urn:scim:schemas:core:1.0:User</c>; the core URN alone and the enterprise URN mean users.</summary>
    private static bool Names(ResourceType type, string id) =>
        id.Equals(type.Endpoint.TrimStart('/'), StringComparison.OrdinalIgnoreCase)
        || id.Equals(type.Name, StringComparison.OrdinalIgnoreCase)
        || id.Equals($"{type.Schema.LegacyId}:{type.Name}", StringComparison.OrdinalIgnoreCase)
        || (type == DirectoryCatalogue.UserType && (id.Equals(DirectoryCatalogue.LegacyCoreUrn, StringComparison.OrdinalIgnoreCase)
            || type.Extensions.Any(e => e.LegacyId is not null && id.Equals(e.LegacyId, StringComparison.OrdinalIgnoreCase))));
}
