using FluentValidation;
using Mediator;
using Platform.Application.Common.Behaviors;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Common.Telemetry;
using Platform.Domain.Common;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

/// <summary>PUT (custom-built Okta apps): the group's attributes and its members become exactly what was sent.</summary>
public sealed record ReplaceGroupCommand(CompanyId CompanyId, string GroupId, GroupProfile Profile, IReadOnlyList<string> MemberIds, Actor Actor, ExpectedVersion? Expected = null)
    : ICommand<Result<string>>, IDirectoryOperation, IConflictDescriber
{
    public DirectoryOperationKind OperationKind => DirectoryOperationKind.GroupChange;

    public Error DescribeConflict() => GroupErrors.DisplayNameTaken(Profile.DisplayName);
}

public sealed class ReplaceGroupValidator : AbstractValidator<ReplaceGroupCommand>
{
    public ReplaceGroupValidator()
    {
        RuleFor(c => c.Profile).SetValidator(new GroupProfileValidator()).OverridePropertyName(string.Empty);
        RuleFor(c => c.MemberIds.Count).LessThanOrEqualTo(MembershipLimits.MaxMembersPerRequest).OverridePropertyName("members");
    }
}

public sealed class ReplaceGroupHandler(IRepository<Group> groups, IGroupMembers members, TimeProvider clock)
    : ICommandHandler<ReplaceGroupCommand, Result<string>>
{
    public async ValueTask<Result<string>> Handle(ReplaceGroupCommand command, CancellationToken ct) =>
        await GroupWrite.UpdateAsync(groups, members, clock, command.CompanyId, command.GroupId, _ => command.Profile, [new ReplaceMembers(command.MemberIds)], command.Actor, command.Expected, ct);
}
