namespace Platform.Application.Directory.Users;

/// <summary>A user as a list shows it, read from the columns beside the profile (never the profile document itself).</summary>
public sealed record UserListItem(string Id, string UserName, string? DisplayName, bool Active, DateTimeOffset LastModifiedAt);
