using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Results;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <param name="UserId">As the client sent it: any text that is not one of our ids is simply not found.</param>
public sealed record GetUserQuery(CompanyId CompanyId, string UserId) : IQuery<Result<UserView>>, ITenantScoped;

public sealed class GetUserHandler(IUserViews views) : IQueryHandler<GetUserQuery, Result<UserView>>
{
    public async ValueTask<Result<UserView>> Handle(GetUserQuery query, CancellationToken ct)
    {
        if (!UserId.TryParse(query.UserId, out var id)) return DirectoryErrors.UserNotFound(query.UserId);
        return await views.FindAsync(query.CompanyId, id, ct) is { } user ? user : DirectoryErrors.UserNotFound(query.UserId);
    }
}
