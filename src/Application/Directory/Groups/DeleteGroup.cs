using Mediator;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Common.Telemetry;
using Platform.Domain.Common;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

/// <summary>Okta's unlink with "delete the group": the group and its memberships go; the users stay.</summary>
public sealed record DeleteGroupCommand(CompanyId CompanyId, string GroupId, Actor Actor, ExpectedVersion? Expected = null) : ICommand<Result>, IDirectoryOperation
{
    public DirectoryOperationKind OperationKind => DirectoryOperationKind.GroupChange;
}

public sealed class DeleteGroupHandler(IRepository<Group> groups, IGroupMembers members, TimeProvider clock) : ICommandHandler<DeleteGroupCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteGroupCommand command, CancellationToken ct)
    {
        // The group's row is locked first, as every membership change does, so a delete and a patch racing on one
        // group queue up instead of deadlocking; the second of two deletes then finds nothing (404).
        var now = clock.GetUtcNow();
        var group = GroupId.TryParse(command.GroupId, out var id) ? await members.TouchAsync(command.CompanyId, id, now, ct) : null;
        if (group is null) return GroupErrors.NotFound(command.GroupId);
        if (command.Expected?.Allows(group.Version - 1) == false) return CommonErrors.VersionChanged;

        // Memberships go with the group (the foreign key cascades): every member's groups change.
        await members.TouchUsersAsync(command.CompanyId, id, [], allMembers: true, now, ct);
        group.MarkDeleted(command.Actor);
        groups.Remove(group);
        return Result.Success();
    }
}
