using Platform.Domain.Common;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.UnitTests.Domain.Directory.Groups;

public sealed class GroupTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Okta = new(ActorKind.Integration, "okta-1", "Okta");

    private static readonly GroupProfile Profile = new(" Engineering ", "00g1okta", """{"urn:okta:custom:group:1.0":{"description":"Builds things"}}""");

    [Fact]
    public void Create_AnyProfile_RaisesGroupCreatedAndKeepsTheColumnsInStep()
    {
        var company = CompanyId.New();

        var group = Group.Create(company, Profile, Okta, Created);

        var created = Assert.IsType<GroupCreated>(Assert.Single(group.DomainEvents));
        Assert.Equal((company, group.Id, "Engineering", Okta), (created.CompanyId, created.GroupId, created.DisplayName, created.Actor));
        Assert.Equal(["displayName", "externalId"], created.Attributes.Take(2).Select(a => a.Attribute));
        Assert.All(created.Attributes, a => Assert.Null(a.Before));
        Assert.Equal((Profile with { DisplayName = "Engineering" }, "Engineering", "ENGINEERING", "00g1okta"), (group.Profile, group.DisplayName, group.NormalizedDisplayName, group.ExternalId));
        Assert.Equal((Created, Created, 0), (group.CreatedAt, group.LastModifiedAt, group.Version));
    }

    [Fact]
    public void Update_EqualProfile_RaisesNothing()
    {
        var group = Existing();

        group.Update(Profile with { CustomExtensions = new string(Profile.CustomExtensions) }, Okta);

        Assert.Empty(group.DomainEvents);
    }

    [Fact]
    public void Update_Rename_RaisesGroupUpdatedWithTheOldAndNewNames()
    {
        var group = Existing();

        group.Update(Profile with { DisplayName = "Platform Engineering" }, Okta);

        var updated = Assert.IsType<GroupUpdated>(Assert.Single(group.DomainEvents));
        Assert.Equal(new GroupUpdated(group.CompanyId, group.Id, "Engineering", "Platform Engineering", Okta, updated.Changes), updated);
        Assert.Equal([new AttributeChange("displayName", "Engineering", "Platform Engineering")], updated.Changes);
        Assert.Equal(("Platform Engineering", "PLATFORM ENGINEERING"), (group.DisplayName, group.NormalizedDisplayName));
    }

    [Fact]
    public void Update_ExternalIdOnly_RaisesGroupUpdatedWithTheNameUnchanged()
    {
        var group = Existing();

        group.Update(Profile with { ExternalId = null }, Okta);

        var updated = Assert.IsType<GroupUpdated>(Assert.Single(group.DomainEvents));
        Assert.Equal(new GroupUpdated(group.CompanyId, group.Id, "Engineering", "Engineering", Okta, updated.Changes), updated);
        Assert.Equal([new AttributeChange("externalId", "00g1okta", null)], updated.Changes);
        Assert.Null(group.ExternalId);
    }

    [Fact]
    public void Update_ExtensionAttribute_RaisesGroupUpdatedWithTheAttributeBeforeAndAfter()
    {
        var group = Existing();

        group.Update(Profile with { CustomExtensions = """{"urn:okta:custom:group:1.0":{"description":"Runs things"}}""" }, Okta);

        var updated = Assert.IsType<GroupUpdated>(Assert.Single(group.DomainEvents));
        Assert.Equal([new AttributeChange("urn:okta:custom:group:1.0:description", "Builds things", "Runs things")], updated.Changes);
    }

    [Fact]
    public void RecordMembershipChange_NothingAddedOrRemoved_RaisesNothing()
    {
        var group = Existing();

        group.RecordMembershipChange([], [], Okta);

        Assert.Empty(group.DomainEvents);
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(0, 2)]
    [InlineData(5_000, 4_999)]
    public void RecordMembershipChange_SomeAddedOrRemoved_RaisesGroupMembersChangedWithTheUsers(int added, int removed)
    {
        var group = Existing();
        var (addedIds, removedIds) = (Enumerable.Range(0, added).Select(_ => UserId.New()).ToList(), Enumerable.Range(0, removed).Select(_ => UserId.New()).ToList());

        group.RecordMembershipChange(addedIds, removedIds, Okta);

        var changed = Assert.IsType<GroupMembersChanged>(Assert.Single(group.DomainEvents));
        Assert.Equal((group.CompanyId, group.Id, "Engineering", Okta), (changed.CompanyId, changed.GroupId, changed.DisplayName, changed.Actor));
        Assert.Equal((addedIds, removedIds), (changed.Added, changed.Removed));
    }

    [Fact]
    public void MarkDeleted_RaisesGroupDeletedWithTheName()
    {
        var group = Existing();

        group.MarkDeleted(Okta);

        Assert.Equal([new GroupDeleted(group.CompanyId, group.Id, "Engineering", Okta)], group.DomainEvents);
    }

    [Theory]
    [InlineData(" Ops ", "Ops")]
    [InlineData("ops", "OPS")]
    public void Normalize_IgnoresSurroundingSpaceAndCase(string displayName, string other)
    {
        Assert.Equal(Group.Normalize(other), Group.Normalize(displayName));
    }

    /// <summary>A stored group whose creation event has already been published.</summary>
    private static Group Existing()
    {
        var group = Group.Create(CompanyId.New(), Profile, Okta, Created);
        group.DequeueDomainEvents();
        return group;
    }
}
