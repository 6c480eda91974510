using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

/// <summary>An admin unlinks a console account from the directory: no person's status changes its access, and a hold is lifted.</summary>
public sealed record UnlinkAccountCommand(CompanyId CompanyId, Guid AccountId, Actor Actor) : ICommand<Result>, ITenantScoped;

public sealed class UnlinkAccountHandler(IRepository<Account> accounts) : ICommandHandler<UnlinkAccountCommand, Result>
{
    public async ValueTask<Result> Handle(UnlinkAccountCommand command, CancellationToken ct)
    {
        var account = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(command.CompanyId, new AccountId(command.AccountId)), ct);
        if (account is null) return TenancyErrors.AccountNotFound(command.AccountId.ToString());
        account.Unlink(command.Actor);
        return Result.Success();
    }
}
