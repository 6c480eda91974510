namespace Platform.Application.Directory.Users;

public sealed record UserListItemPage(IReadOnlyList<UserListItem> Users, int TotalResults);
