using Platform.Api.Scim.Common;

namespace Platform.Api.Scim.V2;

/// <summary>
/// RFC 7644 §3.11's <c>/Me</c> alias: a SCIM token here belongs to an integration, not to a user, so there is no
/// "me" to stand for. The RFC lets a server without it answer 501 Not Implemented, for every method and sub-path,
/// after authentication like every other route.
/// </summary>
public static class ScimV2Me
{
    public static void Map(RouteGroupBuilder scim)
    {
        var dialect = ScimV2Dialect.Instance;
        var notImplemented = () => ScimResponses.Error(dialect, StatusCodes.Status501NotImplemented, "/Me is not implemented: a SCIM token here belongs to an integration, not to a user.");
        scim.Map("/Me", notImplemented);
        scim.Map("/Me/{**rest}", notImplemented);
    }
}
