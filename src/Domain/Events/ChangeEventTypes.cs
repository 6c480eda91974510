namespace Platform.Domain.Events;

/// <summary>The event types of the events API, <c>{resource}.{what happened}</c> (docs/events.md describes each payload).</summary>
public static class ChangeEventTypes
{
    public const string UserCreated = "user.created";
    public const string UserUpdated = "user.updated";
    public const string UserDeactivated = "user.deactivated";
    public const string UserReactivated = "user.reactivated";
    public const string UserDeleted = "user.deleted";
    public const string GroupCreated = "group.created";
    public const string GroupUpdated = "group.updated";
    public const string GroupDeleted = "group.deleted";
    public const string GroupMembersAdded = "group.members_added";
    public const string GroupMembersRemoved = "group.members_removed";

    public const string UserResource = "user";
    public const string GroupResource = "group";

    public static readonly IReadOnlyList<string> All =
    [
        UserCreated, UserUpdated, UserDeactivated, UserReactivated, UserDeleted,
        GroupCreated, GroupUpdated, GroupDeleted, GroupMembersAdded, GroupMembersRemoved,
    ];
}
