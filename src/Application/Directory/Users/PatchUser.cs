using MapsterMapper;
using Mediator;
using Platform.Application.Common.Behaviors;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Common.Telemetry;
using Platform.Application.Directory.Groups;
using Platform.Domain.Common;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>Applies a change set to the stored user. The result is validated as a whole (e.g. userName cannot be removed).</summary>
public sealed record PatchUserCommand(CompanyId CompanyId, string UserId, UserChanges Changes, Actor Actor, ExpectedVersion? Expected = null)
    : ICommand<Result<UserView>>, IDirectoryOperation, IConflictDescriber
{
    public DirectoryOperationKind OperationKind => DirectoryOperationKind.Update;

    public Error DescribeConflict() =>
        Changes.UserName is { HasValue: true, Value: { } name } ? DirectoryErrors.UserNameTaken(name) : DirectoryErrors.UserChangedConcurrently;
}

public sealed class PatchUserHandler(IRepository<User> users, IUserLocks locks, IMembershipReads reads, IMapper mapper, TimeProvider clock)
    : ICommandHandler<PatchUserCommand, Result<UserView>>
{
    private static readonly UserProfileValidator ProfileValidator = new();

    public async ValueTask<Result<UserView>> Handle(PatchUserCommand command, CancellationToken ct)
    {
        var user = await LockedUser.LoadAsync(locks, command.CompanyId, command.UserId, ct);
        if (user is null) return DirectoryErrors.UserNotFound(command.UserId);
        if (command.Expected?.Allows(user.Version) == false) return CommonErrors.VersionChanged;

        var profile = command.Changes.ApplyTo(user.Profile);
        var validation = await ProfileValidator.ValidateAsync(profile, ct);
        if (!validation.IsValid)
        {
            return Result<UserView>.Failure(validation.Errors
                .Select(f => f.ErrorCode == "directory.user_name_required" ? DirectoryErrors.UserNameRequired : DirectoryErrors.InvalidValue(f.PropertyName, f.ErrorMessage))
                .ToList());
        }

        if (User.Normalize(profile.UserName) != user.NormalizedUserName && await users.AnyAsync(new UserByUserNameSpec(command.CompanyId, profile.UserName), ct))
        {
            return DirectoryErrors.UserNameTaken(profile.UserName);
        }

        user.Update(profile, command.Actor, clock.GetUtcNow());
        return await UserGroups.AttachAsync(reads, command.CompanyId, mapper.Map<UserView>(user), ct);
    }
}
