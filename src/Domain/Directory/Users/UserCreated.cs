using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Users;

/// <param name="Attributes">Each attribute the new user has, with no value before (see <see cref="UserProfileDiff.Of"/>).</param>
public sealed record UserCreated(CompanyId CompanyId, UserId UserId, string UserName, Actor Actor, IReadOnlyList<AttributeChange> Attributes) : IDomainEvent;
