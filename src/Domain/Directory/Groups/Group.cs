using Platform.Domain.Common;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Groups;

/// <summary>
/// A group in a company's directory. Its members are not loaded with it: membership lives in its own table and
/// changes set by set (adding k members costs O(k) whatever the group's size), see <see cref="GroupMember"/>.
/// </summary>
public sealed class Group : AggregateRoot
{
    public const int DisplayNameMaxLength = 256;

    private Group()
    {
        DisplayName = NormalizedDisplayName = string.Empty;
        Profile = new GroupProfile(string.Empty);
    }

    private Group(CompanyId companyId, GroupId id, GroupProfile profile, DateTimeOffset now)
        : this()
    {
        CompanyId = companyId;
        Id = id;
        CreatedAt = LastModifiedAt = now;
        Apply(profile);
    }

    public CompanyId CompanyId { get; private set; }

    public GroupId Id { get; private set; }

    public GroupProfile Profile { get; private set; }

    public string DisplayName { get; private set; }

    /// <summary>Unique per company: a second push of the same name is a conflict, and Okta links instead of duplicating.</summary>
    public string NormalizedDisplayName { get; private set; }

    public string? ExternalId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Moved forward, with <see cref="Version"/>, by the database on every change (membership changes too).</summary>
    public DateTimeOffset LastModifiedAt { get; private set; }

    public int Version { get; private set; }

    public static string Normalize(string displayName) => displayName.Trim().ToUpperInvariant();

    public static Group Create(CompanyId companyId, GroupProfile profile, Actor actor, DateTimeOffset now)
    {
        var group = new Group(companyId, GroupId.New(), profile, now);
        group.Raise(new GroupCreated(companyId, group.Id, group.DisplayName, actor, Attributes(group.Profile)));
        return group;
    }

    public void Update(GroupProfile profile, Actor actor)
    {
        if (profile with { DisplayName = profile.DisplayName.Trim() } == Profile) return;
        var (oldName, old) = (DisplayName, Profile);
        Apply(profile);
        Raise(new GroupUpdated(CompanyId, Id, oldName, DisplayName, actor, Changes(old, Profile)));
    }

    /// <param name="added">The users that became members.</param>
    /// <param name="removed">The users that stopped being members.</param>
    public void RecordMembershipChange(IReadOnlyList<UserId> added, IReadOnlyList<UserId> removed, Actor actor)
    {
        if (added.Count > 0 || removed.Count > 0) Raise(new GroupMembersChanged(CompanyId, Id, DisplayName, added, removed, actor));
    }

    public void MarkDeleted(Actor actor) => Raise(new GroupDeleted(CompanyId, Id, DisplayName, actor));

    /// <summary>Every attribute a new group has, each as a change from nothing.</summary>
    private static List<AttributeChange> Attributes(GroupProfile profile) =>
        Changes(new GroupProfile(string.Empty), profile).Select(change => change.IsWithheld ? change : change with { Before = null }).ToList();

    private static List<AttributeChange> Changes(GroupProfile before, GroupProfile after) =>
        new[]
        {
            AttributeChange.Between("displayName", before.DisplayName, after.DisplayName),
            AttributeChange.Between("externalId", before.ExternalId, after.ExternalId),
        }
        .OfType<AttributeChange>()
        .Concat(ExtensionObjects.Changes(before.CustomExtensions, after.CustomExtensions))
        .ToList();

    private void Apply(GroupProfile profile)
    {
        Profile = profile with { DisplayName = profile.DisplayName.Trim() };
        DisplayName = Profile.DisplayName;
        NormalizedDisplayName = Normalize(profile.DisplayName);
        ExternalId = profile.ExternalId;
    }
}
