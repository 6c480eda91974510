namespace Platform.Api.Directory;

public sealed record UserSummary(string Id, string UserName, string? DisplayName, bool Active, string? ExternalId, IReadOnlyList<string> Groups, DateTimeOffset LastModifiedAt);
