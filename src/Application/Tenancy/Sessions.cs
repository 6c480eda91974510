using Ardalis.Specification;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

public sealed class AccountByIdSpec : SingleResultSpecification<Account>
{
    public AccountByIdSpec(CompanyId companyId, AccountId accountId) => Query.Where(a => a.CompanyId == companyId && a.Id == accountId);
}

/// <summary>The account's session stamp and role, read without tracking for every authenticated console request.</summary>
public sealed class SessionStampSpec : Specification<Account, SessionState>
{
    public SessionStampSpec(CompanyId companyId, AccountId accountId) =>
        Query.Where(a => a.CompanyId == companyId && a.Id == accountId).AsNoTracking().Select(a => new SessionState(a.SessionStamp, a.Role));
}

public sealed record SessionState(Guid SessionStamp, AccountRole Role);

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

/// <summary>Whether a session cookie is still good: the account exists, with the same stamp and role as when it signed in.</summary>
public sealed record ValidateSessionQuery(CompanyId CompanyId, AccountId AccountId, Guid SessionStamp, AccountRole Role) : IQuery<Result<bool>>, ITenantScoped;

public sealed class ValidateSessionHandler(IRepository<Account> accounts) : IQueryHandler<ValidateSessionQuery, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(ValidateSessionQuery query, CancellationToken ct)
    {
        var state = await accounts.FirstOrDefaultAsync(new SessionStampSpec(query.CompanyId, query.AccountId), ct);
        return state is not null && state.SessionStamp == query.SessionStamp && state.Role == query.Role;
    }
}
