using Platform.Api.Scim.V1;
using Platform.Api.Scim.V2;

namespace Platform.Api.Scim.Common;

public static class ScimEndpoints
{
    public static void MapScim(this IEndpointRouteBuilder app)
    {
        MapVersion(app, "/scim/v1/{companyKey}", ScimV1Dialect.Instance, ScimV1Endpoints.Map);
        MapVersion(app, "/scim/v2/{companyKey}", ScimV2Dialect.Instance, ScimV2Endpoints.Map);
    }

    private static void MapVersion(IEndpointRouteBuilder app, string prefix, IScimDialect dialect, Action<RouteGroupBuilder> mapResources)
    {
        var group = app.MapGroup(prefix)
            .AddEndpointFilter(new ScimAuthenticationFilter(dialect))
            .WithTags(dialect.Name)
            .ExcludeFromDescription();
        mapResources(group);

        // Anything else under the base URL: authenticated first (no probing without a token), then a SCIM 404.
        group.Map("{**rest}", (string? rest) => ScimResults.Error(dialect, StatusCodes.Status404NotFound, $"There is no SCIM resource at '/{rest}'."))
            .WithOrder(int.MaxValue);
    }
}
