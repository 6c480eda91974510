using Platform.Domain.Common;

namespace Platform.Domain.Tenancy;

public sealed record CompanyCreated(CompanyId CompanyId, CompanyKey Key, string Name) : IDomainEvent;
