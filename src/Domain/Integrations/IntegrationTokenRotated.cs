using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Integrations;

public sealed record IntegrationTokenRotated(CompanyId CompanyId, IntegrationId IntegrationId, IntegrationKind Kind, Actor Actor) : IDomainEvent;
