namespace Platform.Application.Directory.Users;

/// <summary>The user attributes a list can be filtered on; each is an index lookup or a bounded scan within one company.</summary>
public enum UserFilterField
{
    UserName,
    ExternalId,
    Id,
    DisplayName,
    Email,
    Active,
}

/// <summary>One equality condition. Text compares case-insensitively except for <c>externalId</c> and <c>id</c>.</summary>
public sealed record UserCondition(UserFilterField Field, string Value);

/// <summary>All conditions must hold (a conjunction); no conditions means every user.</summary>
public sealed record UserFilter(IReadOnlyList<UserCondition> Conditions)
{
    public static readonly UserFilter All = new([]);
}
