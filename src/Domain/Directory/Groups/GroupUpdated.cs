using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Groups;

/// <param name="Changes">Each attribute the update changed (<c>displayName</c>, <c>externalId</c>, extension attributes), before and after.</param>
public sealed record GroupUpdated(CompanyId CompanyId, GroupId GroupId, string OldDisplayName, string DisplayName, Actor Actor, IReadOnlyList<AttributeChange> Changes) : IDomainEvent;
