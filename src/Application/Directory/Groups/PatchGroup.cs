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

/// <summary>
/// Renames a group and/or changes its members (add, remove, remove all, replace all), in order, atomically. A rename
/// alone never touches members. Concurrent patches of one group apply one after another; none is lost.
/// </summary>
public sealed record PatchGroupCommand(CompanyId CompanyId, string GroupId, GroupChanges Changes, IReadOnlyList<MembershipChange> MemberChanges, Actor Actor, ExpectedVersion? Expected = null)
    : ICommand<Result<string>>, IDirectoryOperation, IConflictDescriber
{
    public DirectoryOperationKind OperationKind => DirectoryOperationKind.GroupChange;

    public Error DescribeConflict() =>
        Changes.DisplayName is { HasValue: true, Value: { } name } ? GroupErrors.DisplayNameTaken(name) : CommonErrors.ConcurrentConflict;
}

public sealed class PatchGroupValidator : AbstractValidator<PatchGroupCommand>
{
    public PatchGroupValidator() =>
        RuleFor(c => MembershipLimits.CountIds(c.MemberChanges)).LessThanOrEqualTo(MembershipLimits.MaxMembersPerRequest).OverridePropertyName("members");
}

public sealed class PatchGroupHandler(IRepository<Group> groups, IGroupMembers members, TimeProvider clock)
    : ICommandHandler<PatchGroupCommand, Result<string>>
{
    public async ValueTask<Result<string>> Handle(PatchGroupCommand command, CancellationToken ct) =>
        await GroupWrite.UpdateAsync(groups, members, clock, command.CompanyId, command.GroupId, command.Changes.ApplyTo, command.MemberChanges, command.Actor, command.Expected, ct);
}
