using Mediator;
using Platform.Application.Common;
using Platform.Application.Common.Persistence;
using Platform.Domain.Common;
using Platform.Domain.Directory.Users;
using Platform.Domain.Events;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events;

/// <summary>
/// One event per user change, added to the command's unit of work: it is inserted by the same SaveChanges (no round
/// trip of its own) and commits or rolls back with the change. A flip of <c>active</c> is told by
/// <c>user.deactivated</c> or <c>user.reactivated</c> alone; <c>user.updated</c> carries the other attributes and is
/// left out when there are none.
/// </summary>
public sealed class WriteChangeEventsOnUserEvents(IRepository<ChangeEvent> events, IRequestContext request, TimeProvider clock)
    : INotificationHandler<UserCreated>,
      INotificationHandler<UserUpdated>,
      INotificationHandler<UserDeactivated>,
      INotificationHandler<UserReactivated>,
      INotificationHandler<UserDeleted>
{
    public ValueTask Handle(UserCreated notification, CancellationToken ct) =>
        Write(notification.CompanyId, ChangeEventTypes.UserCreated, notification.UserId, ChangeEventData.User(notification.UserName, notification.Attributes), notification.Actor);

    public ValueTask Handle(UserUpdated notification, CancellationToken ct)
    {
        var changes = notification.Changes.Where(c => c.Attribute != "active").ToList();
        return changes.Count == 0
            ? ValueTask.CompletedTask
            : Write(notification.CompanyId, ChangeEventTypes.UserUpdated, notification.UserId, ChangeEventData.User(notification.UserName, changes), notification.Actor);
    }

    public ValueTask Handle(UserDeactivated notification, CancellationToken ct) =>
        Write(notification.CompanyId, ChangeEventTypes.UserDeactivated, notification.UserId, ChangeEventData.User(notification.UserName), notification.Actor);

    public ValueTask Handle(UserReactivated notification, CancellationToken ct) =>
        Write(notification.CompanyId, ChangeEventTypes.UserReactivated, notification.UserId, ChangeEventData.User(notification.UserName), notification.Actor);

    public ValueTask Handle(UserDeleted notification, CancellationToken ct) =>
        Write(notification.CompanyId, ChangeEventTypes.UserDeleted, notification.UserId, ChangeEventData.User(notification.UserName), notification.Actor);

    private ValueTask Write(CompanyId companyId, string type, UserId userId, string data, Actor actor)
    {
        events.Add(ChangeEvent.Record(companyId, type, ChangeEventTypes.UserResource, userId.ToString(), data, actor, request.RequestId, clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}
