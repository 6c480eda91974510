using Mediator;
using Platform.Application.Common.Persistence;
using Platform.Domain.Audit;
using Platform.Domain.Common;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Audit;

/// <summary>One audit entry per group change and one per request's membership change (with counts), in the same transaction.</summary>
public sealed class WriteAuditOnGroupEvents(IRepository<AuditEntry> entries, TimeProvider clock)
    : INotificationHandler<GroupCreated>,
      INotificationHandler<GroupUpdated>,
      INotificationHandler<GroupMembersChanged>,
      INotificationHandler<GroupDeleted>
{
    public ValueTask Handle(GroupCreated notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.GroupCreated, notification.GroupId, $"Created group {notification.DisplayName}.");

    public ValueTask Handle(GroupUpdated notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.GroupUpdated, notification.GroupId,
            notification.OldDisplayName == notification.DisplayName
                ? $"Updated group {notification.DisplayName}."
                : $"Renamed group {notification.OldDisplayName} to {notification.DisplayName}.");

    public ValueTask Handle(GroupMembersChanged notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.GroupMembersChanged, notification.GroupId,
            $"Changed members of {notification.DisplayName}: {notification.Added} added, {notification.Removed} removed.");

    public ValueTask Handle(GroupDeleted notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.GroupDeleted, notification.GroupId, $"Deleted group {notification.DisplayName}.");

    private ValueTask Write(CompanyId companyId, Actor actor, string action, GroupId groupId, string summary)
    {
        entries.Add(AuditEntry.Record(companyId, actor, action, "group", groupId.ToString(), summary, clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}
