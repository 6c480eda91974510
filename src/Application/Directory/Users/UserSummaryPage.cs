namespace Platform.Application.Directory.Users;

public sealed record UserSummaryPage(IReadOnlyList<UserSummary> Users, int TotalResults);
