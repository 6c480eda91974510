using Platform.Domain.Common;

namespace Platform.Domain.Tenancy;

/// <summary>The directory deactivated or deleted the person of the company's last active admin: access was kept.</summary>
public sealed record AccountAccessKept(CompanyId CompanyId, AccountId AccountId, string Email, string PersonName, bool PersonDeleted, Actor Actor) : IDomainEvent;
