namespace Platform.Api.Directory;

public sealed record GroupSummary(string Id, string DisplayName, string? ExternalId, int MemberCount, DateTimeOffset CreatedAt, DateTimeOffset LastModifiedAt);
