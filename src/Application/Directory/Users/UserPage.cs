namespace Platform.Application.Directory.Users;

public sealed record UserPage(IReadOnlyList<UserView> Users, int TotalResults);
