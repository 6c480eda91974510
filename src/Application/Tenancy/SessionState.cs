using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

public sealed record SessionState(Guid SessionStamp, AccountRole Role, DirectoryHold DirectoryHold);
