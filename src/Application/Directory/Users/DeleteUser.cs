using Mediator;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Common.Telemetry;
using Platform.Domain.Common;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>Entra's DELETE (Okta never sends it): the user is removed and its userName freed; the audit log keeps the record.</summary>
public sealed record DeleteUserCommand(CompanyId CompanyId, string UserId, Actor Actor) : ICommand<Result>, IDirectoryOperation
{
    public DirectoryOperationKind OperationKind => DirectoryOperationKind.Deactivate;
}

public sealed class DeleteUserHandler(IRepository<User> users, IUserLocks locks) : ICommandHandler<DeleteUserCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteUserCommand command, CancellationToken ct)
    {
        var user = await LockedUser.LoadAsync(locks, command.CompanyId, command.UserId, ct);
        if (user is null) return DirectoryErrors.UserNotFound(command.UserId);

        user.MarkDeleted(command.Actor);
        users.Remove(user);
        return Result.Success();
    }
}
