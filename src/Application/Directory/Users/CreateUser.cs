using FluentValidation;
using MapsterMapper;
using Mediator;
using Platform.Application.Common.Behaviors;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Common.Telemetry;
using Platform.Domain.Common;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

public sealed record CreateUserCommand(CompanyId CompanyId, UserProfile Profile, Actor Actor)
    : ICommand<Result<UserView>>, IDirectoryOperation, IConflictDescriber
{
    public DirectoryOperationKind OperationKind => DirectoryOperationKind.Create;

    // Two creates of one userName racing past the check below: the unique index decides, the loser gets this.
    public Error DescribeConflict() => DirectoryErrors.UserNameTaken(Profile.UserName);
}

public sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator() => RuleFor(c => c.Profile).SetValidator(new UserProfileValidator()).OverridePropertyName(string.Empty);
}

public sealed class CreateUserHandler(IRepository<User> users, IMapper mapper, TimeProvider clock)
    : ICommandHandler<CreateUserCommand, Result<UserView>>
{
    public async ValueTask<Result<UserView>> Handle(CreateUserCommand command, CancellationToken ct)
    {
        if (await users.AnyAsync(new UserByUserNameSpec(command.CompanyId, command.Profile.UserName), ct))
        {
            return DirectoryErrors.UserNameTaken(command.Profile.UserName);
        }

        var user = User.Create(command.CompanyId, command.Profile, command.Actor, clock.GetUtcNow());
        users.Add(user);
        return mapper.Map<UserView>(user);
    }
}
