using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Users;

/// <param name="Changes">Each attribute the update changed, with its value before and after (see <see cref="UserProfileDiff"/>).</param>
public sealed record UserUpdated(CompanyId CompanyId, UserId UserId, string UserName, Actor Actor, IReadOnlyList<AttributeChange> Changes) : IDomainEvent;
