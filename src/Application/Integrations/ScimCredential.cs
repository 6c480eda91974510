using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

public sealed record ScimCredential(IntegrationId IntegrationId, IntegrationKind Kind, byte[] TokenHash);
