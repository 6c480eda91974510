using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Users;

namespace Platform.Api.Scim.V2;

public static class ScimV2Endpoints
{
    public static void Map(RouteGroupBuilder scim)
    {
        var dialect = ScimV2Dialect.Instance;
        ScimUserEndpoints.MapUsers(scim, dialect, ScimV2UserPatch.Read);
        scim.MapGet("/Groups", (HttpRequest request) => EmptyList(dialect, request));
    }

    private static IResult EmptyList(ScimV2Dialect dialect, HttpRequest request) =>
        ScimPaging.TryParse(request.Query, out var paging, out var error)
            ? ScimResults.List(dialect, Array.Empty<JsonNode>(), 0, paging.StartIndex)
            : ScimResults.Error(dialect, StatusCodes.Status400BadRequest, error!, "invalidValue");
}
