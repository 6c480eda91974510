using Mediator;
using Platform.Application.Common;
using Platform.Application.Common.Persistence;
using Platform.Domain.Common;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Events;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events;

/// <summary>
/// One event per group change, and per request's membership change one <c>group.members_added</c> and/or one
/// <c>group.members_removed</c> naming the users (split every <see cref="ChangeEventData.MaxUsersPerEvent"/> users),
/// added to the command's unit of work like <see cref="WriteChangeEventsOnUserEvents"/>. Memberships that end because
/// their group or user is deleted are implied by <c>group.deleted</c> and <c>user.deleted</c>, not listed.
/// </summary>
public sealed class WriteChangeEventsOnGroupEvents(IRepository<ChangeEvent> events, IRequestContext request, TimeProvider clock)
    : INotificationHandler<GroupCreated>,
      INotificationHandler<GroupUpdated>,
      INotificationHandler<GroupMembersChanged>,
      INotificationHandler<GroupDeleted>
{
    public ValueTask Handle(GroupCreated notification, CancellationToken ct) =>
        Write(notification.CompanyId, ChangeEventTypes.GroupCreated, notification.GroupId, ChangeEventData.Group(notification.DisplayName, notification.Attributes), notification.Actor);

    public ValueTask Handle(GroupUpdated notification, CancellationToken ct) =>
        notification.Changes.Count == 0
            ? ValueTask.CompletedTask
            : Write(notification.CompanyId, ChangeEventTypes.GroupUpdated, notification.GroupId, ChangeEventData.Group(notification.DisplayName, notification.Changes), notification.Actor);

    public async ValueTask Handle(GroupMembersChanged notification, CancellationToken ct)
    {
        foreach (var chunk in notification.Added.Chunk(ChangeEventData.MaxUsersPerEvent))
        {
            await Write(notification.CompanyId, ChangeEventTypes.GroupMembersAdded, notification.GroupId, ChangeEventData.Members(notification.DisplayName, chunk), notification.Actor);
        }

        foreach (var chunk in notification.Removed.Chunk(ChangeEventData.MaxUsersPerEvent))
        {
            await Write(notification.CompanyId, ChangeEventTypes.GroupMembersRemoved, notification.GroupId, ChangeEventData.Members(notification.DisplayName, chunk), notification.Actor);
        }
    }

    public ValueTask Handle(GroupDeleted notification, CancellationToken ct) =>
        Write(notification.CompanyId, ChangeEventTypes.GroupDeleted, notification.GroupId, ChangeEventData.Group(notification.DisplayName), notification.Actor);

    private ValueTask Write(CompanyId companyId, string type, GroupId groupId, string data, Actor actor)
    {
        events.Add(ChangeEvent.Record(companyId, type, ChangeEventTypes.GroupResource, groupId.ToString(), data, actor, request.RequestId, clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}
