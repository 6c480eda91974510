namespace Platform.Api.Directory;

public sealed record CreateGroupRequest(string? DisplayName);
