using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Groups;

public sealed record GroupDeleted(CompanyId CompanyId, GroupId GroupId, string DisplayName, Actor Actor) : IDomainEvent;
