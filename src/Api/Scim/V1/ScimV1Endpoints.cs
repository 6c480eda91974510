using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Users;

namespace Platform.Api.Scim.V1;

public static class ScimV1Endpoints
{
    public static void Map(RouteGroupBuilder scim)
    {
        var dialect = ScimV1Dialect.Instance;
        ScimUserEndpoints.MapUsers(scim, dialect, ScimV1UserPatch.Read);
        scim.MapGet("/Groups", (HttpRequest request) => EmptyList(dialect, request));
    }

    private static IResult EmptyList(ScimV1Dialect dialect, HttpRequest request) =>
        ScimPaging.TryParse(request.Query, out var paging, out var error)
            ? ScimResults.List(dialect, Array.Empty<JsonNode>(), 0, paging.StartIndex)
            : ScimResults.Error(dialect, StatusCodes.Status400BadRequest, error!);
}
