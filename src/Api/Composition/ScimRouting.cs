using Platform.Api.Scim.Common;
using Platform.Api.Scim.V1;
using Platform.Api.Scim.V2;

namespace Platform.Api.Composition;

/// <summary>Both SCIM versions, side by side: the shared code in <c>Scim/Common</c> knows neither.</summary>
public static class ScimRouting
{
    public static void MapScim(this IEndpointRouteBuilder app)
    {
        app.MapScimVersion(ScimV1Dialect.Instance, ScimV1Endpoints.Map);
        app.MapScimVersion(ScimV2Dialect.Instance, ScimV2Endpoints.Map);
    }
}
