namespace Platform.Api.Scim.Common;

/// <summary>
/// The discovery endpoints (<c>/ServiceProviderConfig</c>, <c>/ResourceTypes</c>, <c>/Schemas</c>) are not filterable:
/// RFC 7644 §4 says a <c>filter</c> on <c>/ServiceProviderConfig</c> SHOULD get 403, and the others answer the same
/// way rather than ignore it. Runs after authentication, like every SCIM route.
/// </summary>
public sealed class ScimDiscoveryFilterRefusal(IScimDialect dialect) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Request.Query.ContainsKey("filter")
            ? ValueTask.FromResult<object?>(ScimResponses.Error(dialect, StatusCodes.Status403Forbidden, "Discovery endpoints cannot be filtered: ask again without 'filter'."))
            : next(context);
}
