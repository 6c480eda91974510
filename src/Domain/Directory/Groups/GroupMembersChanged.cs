using Platform.Domain.Common;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Groups;

/// <param name="Added">The users that became members, in the order the request named them.</param>
/// <param name="Removed">The users that stopped being members.</param>
public sealed record GroupMembersChanged(CompanyId CompanyId, GroupId GroupId, string DisplayName, IReadOnlyList<UserId> Added, IReadOnlyList<UserId> Removed, Actor Actor) : IDomainEvent;
