using System.Text.Json.Nodes;
using Platform.Api.Common;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Users;

namespace Platform.Api.Scim.V1;

/// <summary>SCIM 1.1 as Okta speaks it: <c>application/json</c>, <c>Errors[{description, code}]</c>.</summary>
public sealed class ScimV1Dialect : IScimDialect
{
    public const string CoreSchema = ScimUserSchemas.CoreV1;

    public static readonly ScimV1Dialect Instance = new();

    public string Name => "SCIM 1.1";

    public string PathSegment => PublicUrls.ScimV1;

    public string MediaType => "application/json";

    public string UserSchema => CoreSchema;

    public string EnterpriseUserSchema => ScimUserSchemas.EnterpriseV1;

    public string GroupSchema => CoreSchema;

    public bool MetaHasResourceType => false;

    /// <summary>
    /// The 1.1 error list, plus top-level <c>detail</c> and <c>status</c>: Okta's 1.1 test suite reads <c>detail</c>,
    /// and Okta shows the description to the admin.
    /// </summary>
    public JsonObject ErrorBody(int status, string detail, string? scimType) => new()
    {
        ["Errors"] = new JsonArray(new JsonObject { ["description"] = detail, ["code"] = status }),
        ["detail"] = detail,
        ["status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public JsonObject ListResponse(IReadOnlyList<JsonNode> resources, int totalResults, int startIndex) => new()
    {
        ["schemas"] = new JsonArray(CoreSchema),
        ["totalResults"] = totalResults,
        ["startIndex"] = startIndex,
        ["itemsPerPage"] = resources.Count,
        ["Resources"] = new JsonArray([.. resources]),
    };
}
