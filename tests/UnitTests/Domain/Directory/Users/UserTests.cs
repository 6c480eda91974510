using Platform.Domain.Common;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.UnitTests.Domain.Directory.Users;

public sealed class UserTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Created.AddHours(1);
    private static readonly Actor Okta = new(ActorKind.Integration, "okta-1", "Okta");

    private static readonly UserProfile Profile = new(
        " Ada@Example.com ",
        ExternalId: "00u1okta",
        DisplayName: "Ada Lovelace",
        Emails: [new ContactValue("Ada@Example.com", "work", Primary: true), new ContactValue("ada@home.example", "home")]);

    [Fact]
    public void Create_AnyProfile_RaisesUserCreatedAndKeepsTheColumnsInStep()
    {
        var company = CompanyId.New();

        var user = User.Create(company, Profile, Okta, Created);

        var created = Assert.IsType<UserCreated>(Assert.Single(user.DomainEvents));
        Assert.Equal((company, user.Id, Profile.UserName, Okta), (created.CompanyId, created.UserId, created.UserName, created.Actor));
        Assert.Contains(new AttributeChange("userName", null, Profile.UserName), created.Attributes);
        Assert.Contains(new AttributeChange("active", null, "true"), created.Attributes);
        Assert.All(created.Attributes, a => Assert.Null(a.Before));
        Assert.Equal((Profile.UserName, "00u1okta", "Ada Lovelace", true), (user.UserName, user.ExternalId, user.DisplayName, user.Active));
        Assert.Equal((Created, Created, 0), (user.CreatedAt, user.LastModifiedAt, user.Version));
    }

    [Fact]
    public void Create_UserNameWithSpacesAndCase_IsKeptAsWrittenAndNormalizedForLookups()
    {
        var user = User.Create(CompanyId.New(), Profile, Okta, Created);

        Assert.Equal(" Ada@Example.com ", user.UserName);
        Assert.Equal("ADA@EXAMPLE.COM", user.NormalizedUserName);
    }

    [Fact]
    public void Create_Emails_AreNormalizedBetweenBars()
    {
        Assert.Equal("|ADA@EXAMPLE.COM|ADA@HOME.EXAMPLE|", User.Create(CompanyId.New(), Profile, Okta, Created).NormalizedEmails);
    }

    [Fact]
    public void Create_NoEmails_HasNoNormalizedEmails()
    {
        Assert.Equal(string.Empty, User.Create(CompanyId.New(), Profile with { Emails = null }, Okta, Created).NormalizedEmails);
    }

    [Fact]
    public void Update_EqualProfileWithNewListInstances_RaisesNothingAndKeepsVersion()
    {
        var user = Existing();
        var equal = Profile with { Emails = [.. Profile.EmailsOrEmpty], Name = PersonName.Empty };

        user.Update(equal, Okta, Later);

        Assert.Empty(user.DomainEvents);
        Assert.Equal((0, Created), (user.Version, user.LastModifiedAt));
    }

    [Fact]
    public void Update_ChangedProfile_RaisesUserUpdatedAndBumpsVersion()
    {
        var user = Existing();

        user.Update(Profile with { UserName = "countess@example.com", Emails = [new ContactValue("c@example.com")] }, Okta, Later);

        var updated = Assert.IsType<UserUpdated>(Assert.Single(user.DomainEvents));
        Assert.Equal(new UserUpdated(user.CompanyId, user.Id, "countess@example.com", Okta, updated.Changes), updated);
        Assert.Equal(
            [
                new AttributeChange("userName", " Ada@Example.com ", "countess@example.com"),
                new AttributeChange("emails", "Ada@Example.com (work, primary), ada@home.example (home)", "c@example.com"),
            ],
            updated.Changes);
        Assert.Equal((1, Later), (user.Version, user.LastModifiedAt));
        Assert.Equal(("COUNTESS@EXAMPLE.COM", "|C@EXAMPLE.COM|"), (user.NormalizedUserName, user.NormalizedEmails));
    }

    [Fact]
    public void Update_TurningActiveOff_RaisesUpdatedThenDeactivated()
    {
        var user = Existing();

        user.Update(Profile with { Active = false }, Okta, Later);

        Assert.Equal([typeof(UserUpdated), typeof(UserDeactivated)], user.DomainEvents.Select(e => e.GetType()));
        Assert.False(user.Active);
    }

    [Fact]
    public void Update_TurningActiveOn_RaisesUpdatedThenReactivated()
    {
        var user = Existing(Profile with { Active = false });

        user.Update(Profile, Okta, Later);

        Assert.Equal([typeof(UserUpdated), typeof(UserReactivated)], user.DomainEvents.Select(e => e.GetType()));
        Assert.True(user.Active);
    }

    [Fact]
    public void Deactivate_Twice_RaisesOnceAndBumpsVersionOnce()
    {
        var user = Existing();

        user.Deactivate(Okta, Later);
        user.Deactivate(Okta, Later.AddMinutes(1));

        var raised = Assert.IsType<UserDeactivated>(Assert.Single(user.DomainEvents));
        Assert.Equal(new UserDeactivated(user.CompanyId, user.Id, Profile.UserName, Okta) { SignInNames = raised.SignInNames }, raised);
        Assert.Contains("ADA@EXAMPLE.COM", raised.SignInNames);
        Assert.Equal((1, Later, false), (user.Version, user.LastModifiedAt, user.Profile.Active));
    }

    [Fact]
    public void Deactivate_KeepsEveryOtherAttribute()
    {
        var user = Existing();

        user.Deactivate(Okta, Later);

        Assert.Equal(Profile with { Active = false }, user.Profile);
    }

    [Fact]
    public void Reactivate_AnActiveUser_DoesNothing()
    {
        var user = Existing();

        user.Reactivate(Okta, Later);

        Assert.Empty(user.DomainEvents);
        Assert.Equal(0, user.Version);
    }

    [Fact]
    public void Reactivate_AfterDeactivate_RaisesReactivatedWithTheProfileAsItWas()
    {
        var user = Existing();
        user.Deactivate(Okta, Later);

        user.Reactivate(Okta, Later);

        Assert.IsType<UserReactivated>(user.DomainEvents.Last());
        Assert.Equal(Profile, user.Profile);
        Assert.Equal(2, user.Version);
    }

    /// <summary>A stored user whose creation event has already been published.</summary>
    private static User Existing(UserProfile? profile = null)
    {
        var user = User.Create(CompanyId.New(), profile ?? Profile, Okta, Created);
        user.DequeueDomainEvents();
        return user;
    }
}
