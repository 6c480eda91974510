namespace Platform.Application.Events;

public sealed record ApiKeyView(Guid Id, string Name, string KeyHint, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
