using Platform.Api.Scim.Common.Users;

namespace Platform.Api.Scim.Common.Groups;

public static class ScimGroupSchemas
{
    public const string CoreV1 = ScimUserSchemas.CoreV1;
    public const string GroupV2 = "urn:ietf:params:scim:schemas:core:2.0:Group";

    /// <summary>Okta's 1.1 group description extension; kept and returned like any extension object.</summary>
    public const string OktaGroupExtension = "urn:okta:custom:group:1.0";

    public static bool IsCore(string name) =>
        name.Equals(CoreV1, StringComparison.OrdinalIgnoreCase) || name.Equals(GroupV2, StringComparison.OrdinalIgnoreCase);
}
