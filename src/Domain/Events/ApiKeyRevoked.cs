using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Events;

public sealed record ApiKeyRevoked(CompanyId CompanyId, ApiKeyId ApiKeyId, string Name, Actor Actor) : IDomainEvent;
