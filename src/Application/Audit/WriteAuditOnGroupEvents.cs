using Mediator;
using Platform.Application.Common;
using Platform.Application.Common.Persistence;
using Platform.Domain.Audit;
using Platform.Domain.Common;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Audit;

/// <summary>
/// One audit entry per group change (with the attributes it changed) and one per request's membership change (with
/// counts), in the same transaction.
/// </summary>
public sealed class WriteAuditOnGroupEvents(IRepository<AuditEntry> entries, IRequestContext request, TimeProvider clock)
    : INotificationHandler<GroupCreated>,
      INotificationHandler<GroupUpdated>,
      INotificationHandler<GroupMembersChanged>,
      INotificationHandler<GroupDeleted>
{
    public ValueTask Handle(GroupCreated notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.GroupCreated, notification.GroupId, $"Created group {notification.DisplayName}.", null);

    public ValueTask Handle(GroupUpdated notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.GroupUpdated, notification.GroupId,
            notification.OldDisplayName == notification.DisplayName
                ? $"Updated group {notification.DisplayName}."
                : $"Renamed group {notification.OldDisplayName} to {notification.DisplayName}.",
            notification.Changes);

    public ValueTask Handle(GroupMembersChanged notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.GroupMembersChanged, notification.GroupId,
            $"Changed members of {notification.DisplayName}: {notification.Added.Count} added, {notification.Removed.Count} removed.", null);

    public ValueTask Handle(GroupDeleted notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.GroupDeleted, notification.GroupId, $"Deleted group {notification.DisplayName}.", null);

    private ValueTask Write(CompanyId companyId, Actor actor, string action, GroupId groupId, string summary, IReadOnlyList<AttributeChange>? changes)
    {
        entries.Add(AuditEntry.Record(companyId, actor, action, "group", groupId.ToString(), summary, changes, request.RequestId, clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}
