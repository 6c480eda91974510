namespace Platform.Application.Directory.Users;

/// <summary>One equality condition. Text compares case-insensitively except for <c>externalId</c> and <c>id</c>.</summary>
public sealed record UserCondition(UserFilterField Field, string Value);
