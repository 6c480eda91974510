using Platform.Application.Common;
using Platform.Domain.Directory.Groups;

namespace Platform.Application.Directory.Groups;

/// <summary>A group as readers see it. Members are read separately (they can be many).</summary>
public sealed record GroupView(string Id, GroupProfile Profile, DateTimeOffset CreatedAt, DateTimeOffset LastModifiedAt, int Version);

/// <summary>A member as a group lists it: the user's id and what to display for them.</summary>
public sealed record GroupMemberView(string UserId, string Display);

/// <summary>A group as a user lists it in its read-only <c>groups</c>.</summary>
public sealed record UserGroupView(string GroupId, string DisplayName);

/// <param name="Members">The page's members in group order, streamed (null when members were not asked for).</param>
public sealed record GroupPage(IReadOnlyList<GroupView> Groups, int TotalResults, IAsyncEnumerable<GroupMemberOfGroup>? Members);

public sealed record GroupMemberOfGroup(string GroupId, GroupMemberView Member);

public enum GroupFilterField
{
    DisplayName,
    ExternalId,
    Id,
    Member,
}

public sealed record GroupCondition(GroupFilterField Field, string Value);

/// <summary>All conditions must hold.</summary>
public sealed record GroupFilter(IReadOnlyList<GroupCondition> Conditions)
{
    public static readonly GroupFilter All = new([]);
}

/// <summary>One step of a membership change, applied in order within one request. Ids are user ids as the client sent them.</summary>
public abstract record MembershipChange;

/// <summary>Adds members; adding one that is already there is not an error.</summary>
public sealed record AddMembers(IReadOnlyList<string> UserIds) : MembershipChange;

/// <summary>Removes exactly these members; removing one that is not there is not an error.</summary>
public sealed record RemoveMembers(IReadOnlyList<string> UserIds) : MembershipChange;

public sealed record RemoveAllMembers : MembershipChange;

/// <summary>Makes the membership exactly this set (an empty set empties the group).</summary>
public sealed record ReplaceMembers(IReadOnlyList<string> UserIds) : MembershipChange;

/// <summary>Changes to a group's own attributes; an attribute with no value is left as it is.</summary>
public sealed class GroupChanges
{
    public Optional<string?> DisplayName { get; set; }

    public Optional<string?> ExternalId { get; set; }

    /// <summary>Extension objects to replace (JSON object text) or remove (null), by extension name.</summary>
    public Dictionary<string, string?> CustomExtensions { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => !DisplayName.HasValue && !ExternalId.HasValue && CustomExtensions.Count == 0;

    public GroupProfile ApplyTo(GroupProfile current) => current with
    {
        DisplayName = DisplayName.Or(current.DisplayName) ?? string.Empty,
        ExternalId = ExternalId.Or(current.ExternalId),
        CustomExtensions = CustomExtensions.Count == 0 ? current.CustomExtensions : ExtensionObjects.Merge(current.CustomExtensions, CustomExtensions),
    };
}
