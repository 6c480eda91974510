using Mediator;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Common.Telemetry;
using Platform.Application.Directory.Groups;
using Platform.Domain.Common;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>Entra's DELETE (Okta never sends it): the user is removed and its userName freed; the audit log keeps the record.</summary>
public sealed record DeleteUserCommand(CompanyId CompanyId, string UserId, Actor Actor, ExpectedVersion? Expected = null) : ICommand<Result>, IDirectoryOperation
{
    public DirectoryOperationKind OperationKind => DirectoryOperationKind.Deactivate;
}

public sealed class DeleteUserHandler(IRepository<User> users, IUserLocks locks, IGroupMembers members, TimeProvider clock) : ICommandHandler<DeleteUserCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteUserCommand command, CancellationToken ct)
    {
        // The user's memberships go with it (the foreign key cascades), which changes each of its groups as returned.
        // The groups are locked before the user, in the order every group write takes them (group first, then users).
        if (UserId.TryParse(command.UserId, out var id)) await members.TouchGroupsOfAsync(command.CompanyId, id, clock.GetUtcNow(), ct);

        var user = await LockedUser.LoadAsync(locks, command.CompanyId, command.UserId, ct);
        if (user is null) return DirectoryErrors.UserNotFound(command.UserId);
        if (command.Expected?.Allows(user.Version) == false) return CommonErrors.VersionChanged;

        user.MarkDeleted(command.Actor);
        users.Remove(user);
        return Result.Success();
    }
}
