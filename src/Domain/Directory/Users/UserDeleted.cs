using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Users;

public sealed record UserDeleted(CompanyId CompanyId, UserId UserId, string UserName, Actor Actor) : IDomainEvent
{
    /// <summary>The userName and email values, normalized: console accounts with one of them as email follow this person.</summary>
    public IReadOnlyList<string> SignInNames { get; init; } = [];
}
