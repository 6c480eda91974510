using System.Text.Json.Nodes;
using Mediator;
using Platform.Api.Common;
using Platform.Api.Scim.Common;
using Platform.Application.Directory.Extensions;
using Platform.Domain.Directory.Extensions;

namespace Platform.Api.Scim.V2;

/// <summary>
/// RFC 7644 §4 discovery: what this server supports, which resource types it serves and their schemas, written from
/// the directory catalogue plus the custom extensions this company's clients have written. Okta does not call these;
/// Entra and generic SCIM clients may.
/// </summary>
public static class ScimV2Discovery
{
    public static void Map(RouteGroupBuilder scim)
    {
        var dialect = ScimV2Dialect.Instance;
        scim.MapGet("/ServiceProviderConfig", (string companyKey, PublicUrls urls) => ScimResponses.Json(dialect, ServiceProviderConfig(urls.ScimBaseUrl(dialect.PathSegment, companyKey))));
        scim.MapGet("/ResourceTypes", async (HttpContext http, string companyKey, PublicUrls urls, ISender sender, CancellationToken ct) =>
        {
            var types = ScimSchemaDocuments.V2ResourceTypes(urls.ScimBaseUrl(dialect.PathSegment, companyKey), await SeenAsync(http, sender, ct));
            return ScimResponses.List(dialect, types, types.Count, 1);
        });
        scim.MapGet("/ResourceTypes/{name}", async (HttpContext http, string companyKey, string name, PublicUrls urls, ISender sender, CancellationToken ct) =>
            ScimSchemaDocuments.V2ResourceTypes(urls.ScimBaseUrl(dialect.PathSegment, companyKey), await SeenAsync(http, sender, ct))
                .FirstOrDefault(r => string.Equals((string?)r["id"], name, StringComparison.OrdinalIgnoreCase)) is { } found
                ? ScimResponses.Json(dialect, found)
                : ScimResponses.Error(dialect, StatusCodes.Status404NotFound, $"There is no resource type '{name}'."));
        scim.MapGet("/Schemas", async (HttpContext http, string companyKey, PublicUrls urls, ISender sender, CancellationToken ct) =>
        {
            var schemas = ScimSchemaDocuments.V2Schemas(urls.ScimBaseUrl(dialect.PathSegment, companyKey), await SeenAsync(http, sender, ct));
            return ScimResponses.List(dialect, schemas, schemas.Count, 1);
        });
        scim.MapGet("/Schemas/{id}", async (HttpContext http, string companyKey, string id, PublicUrls urls, ISender sender, CancellationToken ct) =>
            ScimSchemaDocuments.V2Schemas(urls.ScimBaseUrl(dialect.PathSegment, companyKey), await SeenAsync(http, sender, ct))
                .FirstOrDefault(s => string.Equals((string?)s["id"], id, StringComparison.OrdinalIgnoreCase)) is { } found
                ? ScimResponses.Json(dialect, found)
                : ScimResponses.Error(dialect, StatusCodes.Status404NotFound, $"There is no schema '{id}'."));
    }

    private static async Task<IReadOnlyList<SeenExtension>> SeenAsync(HttpContext http, ISender sender, CancellationToken ct)
    {
        var seen = await sender.Send(new ListSeenExtensionsQuery(ScimAuthenticationFilter.ClientOf(http).CompanyId), ct);
        return seen.IsSuccess ? seen.Value : [];
    }

    private static JsonObject ServiceProviderConfig(string baseUrl) => ScimServiceProviderConfig.Build(
        "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig",
        new JsonObject { ["resourceType"] = "ServiceProviderConfig", ["location"] = $"{baseUrl}/ServiceProviderConfig" },
        "'Authorization: Bearer <token>' or 'Authorization: <token>'");
}
