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

    // The userName is taken (by an earlier user or a racing create): the unique index decides, the loser gets this.
    public Error DescribeConflict() => DirectoryErrors.UserNameTaken(Profile.UserName);
}

public sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator() => RuleFor(c => c.Profile).SetValidator(new UserProfileValidator()).OverridePropertyName(string.Empty);
}

/// <summary>
/// No read before the insert: the unique index on the company's normalized userNames decides, in the same round trip
/// as the insert and its audit entry, and a taken userName comes back as <see cref="CreateUserCommand.DescribeConflict"/>.
/// </summary>
public sealed class CreateUserHandler(IRepository<User> users, IMapper mapper, TimeProvider clock)
    : ICommandHandler<CreateUserCommand, Result<UserView>>
{
    public ValueTask<Result<UserView>> Handle(CreateUserCommand command, CancellationToken ct)
    {
        var user = User.Create(command.CompanyId, command.Profile, command.Actor, clock.GetUtcNow());
        users.Add(user);
        return ValueTask.FromResult<Result<UserView>>(mapper.Map<UserView>(user));
    }
}
