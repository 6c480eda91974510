using Platform.Domain.Common;

namespace Platform.Domain.Tenancy;

/// <summary>An admin linked the account to a person (<paramref name="PersonName"/>) or unlinked it (null).</summary>
public sealed record AccountLinkChanged(CompanyId CompanyId, AccountId AccountId, string Email, DirectoryLink Link, string? PersonName, Actor Actor) : IDomainEvent;
