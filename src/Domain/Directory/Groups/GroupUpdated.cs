using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Groups;

public sealed record GroupUpdated(CompanyId CompanyId, GroupId GroupId, string OldDisplayName, string DisplayName, Actor Actor) : IDomainEvent;
