using MapsterMapper;
using Mediator;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Common.Telemetry;
using Platform.Application.Directory.Groups;
using Platform.Domain.Common;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>Okta's reassign: the user is active again with everything it had.</summary>
public sealed record ReactivateUserCommand(CompanyId CompanyId, string UserId, Actor Actor, ExpectedVersion? Expected = null) : ICommand<Result<UserView>>, IDirectoryOperation
{
    public DirectoryOperationKind OperationKind => DirectoryOperationKind.Deactivate;
}

public sealed class ReactivateUserHandler(IUserLocks locks, IMembershipReads reads, IMapper mapper, TimeProvider clock)
    : ICommandHandler<ReactivateUserCommand, Result<UserView>>
{
    public async ValueTask<Result<UserView>> Handle(ReactivateUserCommand command, CancellationToken ct)
    {
        var user = await LockedUser.LoadAsync(locks, command.CompanyId, command.UserId, ct);
        if (user is null) return DirectoryErrors.UserNotFound(command.UserId);
        if (command.Expected?.Allows(user.Version) == false) return CommonErrors.VersionChanged;

        user.Reactivate(command.Actor, clock.GetUtcNow());
        return await UserGroups.AttachAsync(reads, command.CompanyId, mapper.Map<UserView>(user), ct);
    }
}
