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

/// <summary>Okta's Push Groups (create), or an admin creating a group Okta can later link to by name.</summary>
public sealed record PushGroupCommand(CompanyId CompanyId, GroupProfile Profile, IReadOnlyList<string> MemberIds, Actor Actor)
    : ICommand<Result<string>>, IDirectoryOperation, IConflictDescriber
{
    public DirectoryOperationKind OperationKind => DirectoryOperationKind.GroupChange;

    public Error DescribeConflict() => GroupErrors.DisplayNameTaken(Profile.DisplayName);
}

public sealed class PushGroupValidator : AbstractValidator<PushGroupCommand>
{
    public PushGroupValidator()
    {
        RuleFor(c => c.Profile).SetValidator(new GroupProfileValidator()).OverridePropertyName(string.Empty);
        RuleFor(c => c.MemberIds.Count).LessThanOrEqualTo(MembershipLimits.MaxMembersPerRequest).OverridePropertyName("members");
    }
}

public sealed class PushGroupHandler(IRepository<Group> groups, IGroupMembers members, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<PushGroupCommand, Result<string>>
{
    public async ValueTask<Result<string>> Handle(PushGroupCommand command, CancellationToken ct)
    {
        if (await groups.AnyAsync(new GroupByDisplayNameSpec(command.CompanyId, command.Profile.DisplayName), ct))
        {
            return GroupErrors.DisplayNameTaken(command.Profile.DisplayName);
        }

        IReadOnlyList<MembershipChange> changes = command.MemberIds.Count == 0 ? [] : [new AddMembers(command.MemberIds)];
        if (await GroupMembershipApplier.UnknownMembersAsync(members, command.CompanyId, changes, ct) is { } unknown) return unknown;

        var group = Group.Create(command.CompanyId, command.Profile, command.Actor, clock.GetUtcNow());
        groups.Add(group);
        if (changes.Count > 0)
        {
            // The group's row must exist before its member rows reference it.
            await unitOfWork.SaveChangesAsync(ct);
            var (added, _, changed) = await GroupMembershipApplier.ApplyAsync(members, command.CompanyId, group.Id, changes, ct);
            group.RecordMembershipChange(added, [], command.Actor);
            if (changed.Count > 0) await members.TouchUsersAsync(command.CompanyId, group.Id, changed, allMembers: false, group.CreatedAt, ct);
        }

        return group.Id.ToString();
    }
}
