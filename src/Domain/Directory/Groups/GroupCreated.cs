using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Groups;

/// <param name="Attributes">Each attribute the new group has (<c>displayName</c>, <c>externalId</c>, extension attributes), with no value before.</param>
public sealed record GroupCreated(CompanyId CompanyId, GroupId GroupId, string DisplayName, Actor Actor, IReadOnlyList<AttributeChange> Attributes) : IDomainEvent;
