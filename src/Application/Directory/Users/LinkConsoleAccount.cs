using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Tenancy;
using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>
/// An admin links a console account of the company to one person, whatever the emails say. The account's access
/// follows that person at once: suspended if they are deactivated (unless it is the last active admin), restored if
/// they are active. The person's row is locked first, so a deactivation racing the link sees it, or is seen by it.
/// </summary>
public sealed record LinkConsoleAccountCommand(CompanyId CompanyId, string UserId, Guid AccountId, Actor Actor) : ICommand<Result>, ITenantScoped;

public sealed class LinkConsoleAccountHandler(IUserLocks users, IRepository<Account> accounts, IAccountLocks accountLocks, TimeProvider clock)
    : ICommandHandler<LinkConsoleAccountCommand, Result>
{
    public async ValueTask<Result> Handle(LinkConsoleAccountCommand command, CancellationToken ct)
    {
        var user = await LockedUser.LoadAsync(users, command.CompanyId, command.UserId, ct);
        if (user is null) return DirectoryErrors.UserNotFound(command.UserId);
        var account = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(command.CompanyId, new AccountId(command.AccountId)), ct);
        if (account is null) return TenancyErrors.AccountNotFound(command.AccountId.ToString());

        account.LinkTo(user.Id.Value, user.UserName, command.Actor);
        if (user.Active)
        {
            account.ReleaseDirectoryHold($"linked by an admin to {user.UserName}, who is active in the directory", command.Actor);
            return Result.Success();
        }

        var names = user.SignInNames();
        var locked = await accountLocks.LoadFollowersAndActiveAdminsAsync(command.CompanyId, user.Id.Value, names, ct);
        DirectoryHolds.Hold([.. locked.Where(a => a.Id != account.Id), account], user.Id.Value, names, user.UserName, false, command.Actor, clock.GetUtcNow());
        return Result.Success();
    }
}
