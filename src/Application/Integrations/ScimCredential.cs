using Ardalis.Specification;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

public sealed record ScimCredential(IntegrationId IntegrationId, IntegrationKind Kind, byte[] TokenHash);
