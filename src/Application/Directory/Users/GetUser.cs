using MapsterMapper;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Directory.Groups;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <param name="UserId">As the client sent it: any text that is not one of our ids is simply not found.</param>
public sealed record GetUserQuery(CompanyId CompanyId, string UserId) : IQuery<Result<UserView>>, ITenantScoped;

public sealed class GetUserHandler(IRepository<User> users, IMembershipReads reads, IMapper mapper) : IQueryHandler<GetUserQuery, Result<UserView>>
{
    public async ValueTask<Result<UserView>> Handle(GetUserQuery query, CancellationToken ct)
    {
        if (!UserId.TryParse(query.UserId, out var id)) return DirectoryErrors.UserNotFound(query.UserId);
        var user = await users.FirstOrDefaultAsync(new UserByIdSpec(query.CompanyId, id), ct);
        return user is null ? DirectoryErrors.UserNotFound(query.UserId) : await UserGroups.AttachAsync(reads, query.CompanyId, mapper.Map<UserView>(user), ct);
    }
}
