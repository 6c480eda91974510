using Platform.Api.Common;

namespace Platform.Api.Scim.Common;

public static class ScimEndpoints
{
    /// <summary>
    /// Maps one SCIM version under <c>/scim/{version}/{companyKey}</c>: authentication on every route, the version's
    /// resources, then a SCIM 404 for anything else. Which versions exist is the composition root's business.
    /// </summary>
    public static void MapScimVersion(this IEndpointRouteBuilder app, IScimDialect dialect, Action<RouteGroupBuilder> mapResources)
    {
        var group = app.MapGroup(PublicUrls.ScimBasePath(dialect.PathSegment, "{companyKey}"))
            .AddEndpointFilter(new ScimAuthenticationFilter(dialect))
            .WithTags(dialect.Name)
            .ExcludeFromDescription();
        mapResources(group);

        // Anything else under the base URL: authenticated first (no probing without a token), then a SCIM 404.
        group.Map("{**rest}", (string? rest) => ScimResponses.Error(dialect, StatusCodes.Status404NotFound, $"There is no SCIM resource at '/{rest}'."))
            .WithOrder(int.MaxValue);
    }
}
