using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

/// <summary>Ends every session of the account (its cookie, and any copy of it, stops working).</summary>
public sealed record SignOutCommand(CompanyId CompanyId, AccountId AccountId) : ICommand<Result>, ITenantScoped;

public sealed class SignOutHandler(IRepository<Account> accounts) : ICommandHandler<SignOutCommand, Result>
{
    public async ValueTask<Result> Handle(SignOutCommand command, CancellationToken ct)
    {
        var account = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(command.CompanyId, command.AccountId), ct);
        account?.EndSessions();
        return Result.Success();
    }
}
