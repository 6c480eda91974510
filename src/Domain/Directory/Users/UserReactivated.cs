using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Users;

public sealed record UserReactivated(CompanyId CompanyId, UserId UserId, string UserName, Actor Actor) : IDomainEvent;
