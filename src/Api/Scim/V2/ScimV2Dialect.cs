using System.Text.Json.Nodes;
using Platform.Api.Common;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Groups;
using Platform.Api.Scim.Common.Users;

namespace Platform.Api.Scim.V2;

/// <summary>SCIM 2.0 (RFC 7644): <c>application/scim+json</c>, the Error schema with <c>status</c> as a string.</summary>
public sealed class ScimV2Dialect : IScimDialect
{
    public const string ErrorSchema = "urn:ietf:params:scim:api:messages:2.0:Error";
    public const string ListResponseSchema = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    public static readonly ScimV2Dialect Instance = new();

    public string Name => "SCIM 2.0";

    public string PathSegment => PublicUrls.ScimV2;

    public string MediaType => "application/scim+json";

    public string UserSchema => ScimUserSchemas.CoreUserV2;

    public string EnterpriseUserSchema => ScimUserSchemas.EnterpriseUserV2;

    public string GroupSchema => ScimGroupSchemas.GroupV2;

    public bool MetaHasResourceType => true;

    public JsonObject ErrorBody(int status, string detail, string? scimType)
    {
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray(ErrorSchema),
            ["status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["detail"] = detail,
        };
        if (scimType is not null) body["scimType"] = scimType;
        return body;
    }

    public JsonObject ListResponse(IReadOnlyList<JsonNode> resources, int totalResults, int startIndex) => new()
    {
        ["schemas"] = new JsonArray(ListResponseSchema),
        ["totalResults"] = totalResults,
        ["startIndex"] = startIndex,
        ["itemsPerPage"] = resources.Count,
        ["Resources"] = new JsonArray([.. resources]),
    };
}
