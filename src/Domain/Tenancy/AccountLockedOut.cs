using Platform.Domain.Common;

namespace Platform.Domain.Tenancy;

public sealed record AccountLockedOut(CompanyId CompanyId, AccountId AccountId, string Email, DateTimeOffset LockedUntil) : IDomainEvent;
