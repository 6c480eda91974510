using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

/// <summary>
/// Whether a session cookie is still good: the account exists, with the same stamp and role as when it signed in, and
/// the directory has not suspended it. One read by primary key on every console request, so a suspension made by any
/// replica counts on every replica at the next request.
/// </summary>
public sealed record ValidateSessionQuery(CompanyId CompanyId, AccountId AccountId, Guid SessionStamp, AccountRole Role) : IQuery<Result<SessionVerdict>>, ITenantScoped;

public sealed class ValidateSessionHandler(IRepository<Account> accounts) : IQueryHandler<ValidateSessionQuery, Result<SessionVerdict>>
{
    public async ValueTask<Result<SessionVerdict>> Handle(ValidateSessionQuery query, CancellationToken ct)
    {
        var state = await accounts.FirstOrDefaultAsync(new SessionStampSpec(query.CompanyId, query.AccountId), ct);
        if (state is null) return SessionVerdict.Ended;
        var valid = state.SessionStamp == query.SessionStamp && state.Role == query.Role && state.DirectoryHold != DirectoryHold.Suspended;
        return new SessionVerdict(valid, state.DirectoryHold);
    }
}
