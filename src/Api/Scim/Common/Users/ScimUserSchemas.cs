namespace Platform.Api.Scim.Common.Users;

/// <summary>Schema names a user body may carry, in either version; both versions read both, so a client's mix-up costs nothing.</summary>
public static class ScimUserSchemas
{
    public const string CoreV1 = "urn:scim:schemas:core:1.0";
    public const string EnterpriseV1 = "urn:scim:schemas:extension:enterprise:1.0";
    public const string CoreUserV2 = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string EnterpriseUserV2 = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    public static bool IsCore(string name) =>
        name.Equals(CoreV1, StringComparison.OrdinalIgnoreCase) || name.Equals(CoreUserV2, StringComparison.OrdinalIgnoreCase);

    public static bool IsEnterprise(string name) =>
        name.Equals(EnterpriseV1, StringComparison.OrdinalIgnoreCase) || name.Equals(EnterpriseUserV2, StringComparison.OrdinalIgnoreCase);
}
