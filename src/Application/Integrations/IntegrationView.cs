using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

/// <summary>An integration as admins see it: never the token, only its masked hint.</summary>
public sealed record IntegrationView(
    Guid Id,
    IntegrationKind Kind,
    string TokenHint,
    DateTimeOffset CreatedAt,
    DateTimeOffset TokenIssuedAt,
    DateTimeOffset? TokenRotatedAt,
    DateTimeOffset? LastUsedAt);
