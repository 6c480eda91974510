namespace Platform.Application.Directory.Users;

/// <summary>The user attributes a list can be filtered on; each is an index lookup or a bounded scan within one company.</summary>
public enum UserFilterField
{
    UserName,
    ExternalId,
    Id,
    DisplayName,
    Active,
}
