using MapsterMapper;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Directory.Groups;
using Platform.Domain.Common;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>Okta's unassign/deactivate: the user keeps every attribute and stays readable and findable.</summary>
public sealed record DeactivateUserCommand(CompanyId CompanyId, string UserId, Actor Actor) : ICommand<Result<UserView>>, ITenantScoped;

public sealed class DeactivateUserHandler(IRepository<User> users, IUserLocks locks, IMembershipReads reads, IMapper mapper, TimeProvider clock)
    : ICommandHandler<DeactivateUserCommand, Result<UserView>>
{
    public async ValueTask<Result<UserView>> Handle(DeactivateUserCommand command, CancellationToken ct)
    {
        var user = await LockedUser.LoadAsync(users, locks, command.CompanyId, command.UserId, ct);
        if (user is null) return DirectoryErrors.UserNotFound(command.UserId);

        user.Deactivate(command.Actor, clock.GetUtcNow());
        return await UserGroups.AttachAsync(reads, command.CompanyId, mapper.Map<UserView>(user), ct);
    }
}

/// <summary>Okta's reassign: the user is active again with everything it had.</summary>
public sealed record ReactivateUserCommand(CompanyId CompanyId, string UserId, Actor Actor) : ICommand<Result<UserView>>, ITenantScoped;

public sealed class ReactivateUserHandler(IRepository<User> users, IUserLocks locks, IMembershipReads reads, IMapper mapper, TimeProvider clock)
    : ICommandHandler<ReactivateUserCommand, Result<UserView>>
{
    public async ValueTask<Result<UserView>> Handle(ReactivateUserCommand command, CancellationToken ct)
    {
        var user = await LockedUser.LoadAsync(users, locks, command.CompanyId, command.UserId, ct);
        if (user is null) return DirectoryErrors.UserNotFound(command.UserId);

        user.Reactivate(command.Actor, clock.GetUtcNow());
        return await UserGroups.AttachAsync(reads, command.CompanyId, mapper.Map<UserView>(user), ct);
    }
}

/// <summary>Entra's DELETE (Okta never sends it): the user is removed and its userName freed; the audit log keeps the record.</summary>
public sealed record DeleteUserCommand(CompanyId CompanyId, string UserId, Actor Actor) : ICommand<Result>, ITenantScoped;

public sealed class DeleteUserHandler(IRepository<User> users, IUserLocks locks) : ICommandHandler<DeleteUserCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteUserCommand command, CancellationToken ct)
    {
        var user = await LockedUser.LoadAsync(users, locks, command.CompanyId, command.UserId, ct);
        if (user is null) return DirectoryErrors.UserNotFound(command.UserId);

        user.MarkDeleted(command.Actor);
        users.Remove(user);
        return Result.Success();
    }
}
