using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Bulk;
using Platform.Api.Scim.Common.Groups;
using Platform.Api.Scim.Common.Users;

namespace Platform.Api.Scim.V1;

public static class ScimV1Endpoints
{
    public static void Map(RouteGroupBuilder scim)
    {
        var dialect = ScimV1Dialect.Instance;
        ScimUserEndpoints.MapUsers(scim, dialect, ScimV1UserPatch.Read);
        ScimGroupEndpoints.MapGroups(scim, dialect, ScimV1GroupPatch.Read);
        ScimBulkEndpoints.MapBulk(scim, dialect, ScimV1Bulk.Messages, ScimV1UserPatch.Read, ScimV1GroupPatch.Read);
        ScimV1Discovery.Map(scim.MapGroup(string.Empty).AddEndpointFilter(new ScimDiscoveryFilterRefusal(dialect)));
    }
}
