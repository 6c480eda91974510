using MapsterMapper;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Tenancy;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>The console accounts that follow a person (by email or linked by an admin), and the company's other accounts.</summary>
public sealed record GetPersonConsoleAccessQuery(CompanyId CompanyId, string UserId) : IQuery<Result<PersonConsoleAccess>>, ITenantScoped;

public sealed record PersonConsoleAccess(IReadOnlyList<AccountView> Following, IReadOnlyList<AccountView> Others);

public sealed class GetPersonConsoleAccessHandler(IRepository<User> users, IRepository<Account> accounts, IMapper mapper)
    : IQueryHandler<GetPersonConsoleAccessQuery, Result<PersonConsoleAccess>>
{
    public async ValueTask<Result<PersonConsoleAccess>> Handle(GetPersonConsoleAccessQuery query, CancellationToken ct)
    {
        if (!UserId.TryParse(query.UserId, out var id)) return DirectoryErrors.UserNotFound(query.UserId);
        var user = await users.FirstOrDefaultAsync(new UserByIdSpec(query.CompanyId, id), ct);
        if (user is null) return DirectoryErrors.UserNotFound(query.UserId);

        var names = user.SignInNames();
        var all = await accounts.ListAsync(new AccountsOfCompanySpec(query.CompanyId), ct);
        var following = all.Where(a => a.Follows(id.Value, names)).ToList();
        return new PersonConsoleAccess(
            following.Select(mapper.Map<AccountView>).ToList(),
            all.Except(following).Select(mapper.Map<AccountView>).ToList());
    }
}
