using Mediator;
using Platform.Application.Common.Persistence;
using Platform.Domain.Audit;
using Platform.Domain.Common;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Audit;

/// <summary>One audit entry per user change, in the same transaction; names the user, never its attribute values.</summary>
public sealed class WriteAuditOnUserEvents(IRepository<AuditEntry> entries, TimeProvider clock)
    : INotificationHandler<UserCreated>,
      INotificationHandler<UserUpdated>,
      INotificationHandler<UserDeactivated>,
      INotificationHandler<UserReactivated>,
      INotificationHandler<UserDeleted>
{
    public ValueTask Handle(UserCreated notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.UserCreated, notification.UserId, $"Created user {notification.UserName}.");

    public ValueTask Handle(UserUpdated notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.UserUpdated, notification.UserId, $"Updated user {notification.UserName}.");

    public ValueTask Handle(UserDeactivated notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.UserDeactivated, notification.UserId, $"Deactivated user {notification.UserName}.");

    public ValueTask Handle(UserReactivated notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.UserReactivated, notification.UserId, $"Reactivated user {notification.UserName}.");

    public ValueTask Handle(UserDeleted notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.UserDeleted, notification.UserId, $"Deleted user {notification.UserName}.");

    private ValueTask Write(CompanyId companyId, Actor actor, string action, UserId userId, string summary)
    {
        entries.Add(AuditEntry.Record(companyId, actor, action, "user", userId.ToString(), summary, clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}
