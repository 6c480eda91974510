using Platform.Domain.Common;

namespace Platform.Domain.Tenancy;

/// <summary>The account's person was reactivated, or an admin relinked or unlinked the account: the directory's hold is lifted.</summary>
public sealed record AccountAccessRestored(CompanyId CompanyId, AccountId AccountId, string Email, string Reason, Actor Actor) : IDomainEvent;
