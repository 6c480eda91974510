using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Users;

public sealed record UserDeleted(CompanyId CompanyId, UserId UserId, string UserName, Actor Actor) : IDomainEvent;
