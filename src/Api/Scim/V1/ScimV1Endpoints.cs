using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;

namespace Platform.Api.Scim.V1;

public static class ScimV1Endpoints
{
    public static void Map(RouteGroupBuilder scim)
    {
        var dialect = ScimV1Dialect.Instance;
        scim.MapGet("/Users", (HttpRequest request) => EmptyList(dialect, request));
        scim.MapGet("/Groups", (HttpRequest request) => EmptyList(dialect, request));
    }

    private static IResult EmptyList(ScimV1Dialect dialect, HttpRequest request) =>
        ScimPaging.TryParse(request.Query, out var paging, out var error)
            ? ScimResults.List(dialect, Array.Empty<JsonNode>(), 0, paging.StartIndex)
            : ScimResults.Error(dialect, StatusCodes.Status400BadRequest, error!);
}
