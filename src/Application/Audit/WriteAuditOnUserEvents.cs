using Mediator;
using Platform.Application.Common;
using Platform.Application.Common.Persistence;
using Platform.Domain.Audit;
using Platform.Domain.Common;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Audit;

/// <summary>One audit entry per user change, in the same transaction, with the attributes it changed (before and after).</summary>
public sealed class WriteAuditOnUserEvents(IRepository<AuditEntry> entries, IRequestContext request, TimeProvider clock)
    : INotificationHandler<UserCreated>,
      INotificationHandler<UserUpdated>,
      INotificationHandler<UserDeactivated>,
      INotificationHandler<UserReactivated>,
      INotificationHandler<UserDeleted>
{
    private static readonly IReadOnlyList<AttributeChange> TurnedOff = [new("active", UserProfileDiff.Text(true), UserProfileDiff.Text(false))];
    private static readonly IReadOnlyList<AttributeChange> TurnedOn = [new("active", UserProfileDiff.Text(false), UserProfileDiff.Text(true))];

    public ValueTask Handle(UserCreated notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.UserCreated, notification.UserId, $"Created user {notification.UserName}.", null);

    public ValueTask Handle(UserUpdated notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.UserUpdated, notification.UserId, $"Updated user {notification.UserName}.", notification.Changes);

    public ValueTask Handle(UserDeactivated notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.UserDeactivated, notification.UserId, $"Deactivated user {notification.UserName}.", TurnedOff);

    public ValueTask Handle(UserReactivated notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.UserReactivated, notification.UserId, $"Reactivated user {notification.UserName}.", TurnedOn);

    public ValueTask Handle(UserDeleted notification, CancellationToken ct) =>
        Write(notification.CompanyId, notification.Actor, AuditActions.UserDeleted, notification.UserId, $"Deleted user {notification.UserName}.", null);

    private ValueTask Write(CompanyId companyId, Actor actor, string action, UserId userId, string summary, IReadOnlyList<AttributeChange>? changes)
    {
        entries.Add(AuditEntry.Record(companyId, actor, action, "user", userId.ToString(), summary, changes, request.RequestId, clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}
