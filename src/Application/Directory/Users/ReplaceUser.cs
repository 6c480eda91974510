using FluentValidation;
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

/// <summary>PUT: the profile replaces every writable attribute; an attribute left out is cleared. <c>active:false</c> deactivates.</summary>
/// <param name="KeepActive">The client did not send <c>active</c>: the user stays as active or inactive as it is.</param>
public sealed record ReplaceUserCommand(CompanyId CompanyId, string UserId, UserProfile Profile, bool KeepActive, Actor Actor, ExpectedVersion? Expected = null)
    : ICommand<Result<UserView>>, IDirectoryOperation, IConflictDescriber
{
    public DirectoryOperationKind OperationKind => DirectoryOperationKind.Update;

    public Error DescribeConflict() => DirectoryErrors.UserNameTaken(Profile.UserName);
}

public sealed class ReplaceUserValidator : AbstractValidator<ReplaceUserCommand>
{
    public ReplaceUserValidator() => RuleFor(c => c.Profile).SetValidator(new UserProfileValidator()).OverridePropertyName(string.Empty);
}

public sealed class ReplaceUserHandler(IRepository<User> users, IUserLocks locks, IMembershipReads reads, IMapper mapper, TimeProvider clock)
    : ICommandHandler<ReplaceUserCommand, Result<UserView>>
{
    public async ValueTask<Result<UserView>> Handle(ReplaceUserCommand command, CancellationToken ct)
    {
        var user = await LockedUser.LoadAsync(locks, command.CompanyId, command.UserId, ct);
        if (user is null) return DirectoryErrors.UserNotFound(command.UserId);
        if (command.Expected?.Allows(user.Version) == false) return CommonErrors.VersionChanged;

        if (User.Normalize(command.Profile.UserName) != user.NormalizedUserName
            && await users.AnyAsync(new UserByUserNameSpec(command.CompanyId, command.Profile.UserName), ct))
        {
            return DirectoryErrors.UserNameTaken(command.Profile.UserName);
        }

        user.Update(command.KeepActive ? command.Profile with { Active = user.Active } : command.Profile, command.Actor, clock.GetUtcNow());
        return await UserGroups.AttachAsync(reads, command.CompanyId, mapper.Map<UserView>(user), ct);
    }
}
