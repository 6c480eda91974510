using Mediator;
using Platform.Application.Common.Persistence;
using Platform.Application.Tenancy;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>
/// Console access follows the directory: a person's deactivation or deletion suspends the console accounts that follow
/// them (ending their sessions, keeping the last active admin), and their reactivation lifts the hold. In the SCIM
/// write's transaction. Costs one read when no account follows the person (the usual case), none on other writes.
/// </summary>
public sealed class ApplyUserStatusToConsoleAccounts(IRepository<Account> accounts, IAccountLocks locks, TimeProvider clock)
    : INotificationHandler<UserDeactivated>,
      INotificationHandler<UserDeleted>,
      INotificationHandler<UserReactivated>
{
    public ValueTask Handle(UserDeactivated notification, CancellationToken ct) =>
        HoldAsync(notification.CompanyId, notification.UserId, notification.SignInNames, notification.UserName, false, notification.Actor, ct);

    public ValueTask Handle(UserDeleted notification, CancellationToken ct) =>
        HoldAsync(notification.CompanyId, notification.UserId, notification.SignInNames, notification.UserName, true, notification.Actor, ct);

    public async ValueTask Handle(UserReactivated notification, CancellationToken ct)
    {
        foreach (var account in await accounts.ListAsync(new AccountsHeldForPersonSpec(notification.CompanyId, notification.UserId.Value), ct))
        {
            account.ReleaseDirectoryHold($"{notification.UserName} was reactivated in the directory", notification.Actor);
        }
    }

    private async ValueTask HoldAsync(
        CompanyId companyId, UserId userId, IReadOnlyList<string> signInNames, string userName, bool deleted, Domain.Common.Actor actor, CancellationToken ct)
    {
        if (!await accounts.AnyAsync(new AccountsFollowingPersonSpec(companyId, userId.Value, signInNames), ct)) return;

        var locked = await locks.LoadFollowersAndActiveAdminsAsync(companyId, userId.Value, signInNames, ct);
        DirectoryHolds.Hold(locked, userId.Value, signInNames, userName, deleted, actor, clock.GetUtcNow());
    }
}
