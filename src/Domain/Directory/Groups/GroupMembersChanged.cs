using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Groups;

public sealed record GroupMembersChanged(CompanyId CompanyId, GroupId GroupId, string DisplayName, int Added, int Removed, Actor Actor) : IDomainEvent;
