using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Bulk;
using Platform.Api.Scim.Common.Groups;
using Platform.Api.Scim.Common.Users;

namespace Platform.Api.Scim.V2;

public static class ScimV2Endpoints
{
    public static void Map(RouteGroupBuilder scim)
    {
        var dialect = ScimV2Dialect.Instance;
        ScimUserEndpoints.MapUsers(scim, dialect, ScimV2UserPatch.Read);
        ScimGroupEndpoints.MapGroups(scim, dialect, ScimV2GroupPatch.Read);
        ScimBulkEndpoints.MapBulk(scim, dialect, ScimV2Bulk.Messages, ScimV2UserPatch.Read, ScimV2GroupPatch.Read);
        ScimV2Discovery.Map(scim.MapGroup(string.Empty).AddEndpointFilter(new ScimDiscoveryFilterRefusal(dialect)));
        ScimV2Search.Map(scim);
        ScimV2Me.Map(scim);
    }
}
