using Platform.Domain.Common;

namespace Platform.Domain.Tenancy;

/// <summary>The directory deactivated or deleted the account's person: its sessions ended and its sign-in is refused.</summary>
public sealed record AccountAccessSuspended(CompanyId CompanyId, AccountId AccountId, string Email, string PersonName, bool PersonDeleted, Actor Actor) : IDomainEvent;
