using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

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
