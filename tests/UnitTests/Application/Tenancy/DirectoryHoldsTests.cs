using Platform.Application.Tenancy;
using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.UnitTests.Application.Tenancy;

public sealed class DirectoryHoldsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Okta = new(ActorKind.Integration, "okta-1", "Okta");
    private static readonly CompanyId Company = CompanyId.New();
    private static readonly Guid Person = Guid.NewGuid();

    [Fact]
    public void Hold_MemberFollowingByEmailInAnyCase_IsSuspendedAndSignedOut()
    {
        var member = Account.Create(Company, "Mel@Example.test", "hash", AccountRole.Member, Now);
        var admin = Account.Create(Company, "admin@example.test", "hash", AccountRole.Admin, Now);
        var stamp = member.SessionStamp;

        DirectoryHolds.Hold([member, admin], Person, ["MEL", "MEL@EXAMPLE.TEST"], "mel", false, Okta, Now);

        Assert.Equal(DirectoryHold.Suspended, member.DirectoryHold);
        Assert.NotEqual(stamp, member.SessionStamp);
        Assert.Equal(Person, member.HeldForPersonId);
        Assert.Equal(DirectoryHold.None, admin.DirectoryHold);
        Assert.IsType<AccountAccessSuspended>(Assert.Single(member.DomainEvents));
    }

    [Fact]
    public void Hold_TheOnlyAdmin_IsKeptNotSuspended()
    {
        var admin = Account.Create(Company, "admin@example.test", "hash", AccountRole.Admin, Now);
        var stamp = admin.SessionStamp;

        DirectoryHolds.Hold([admin], Person, ["ADMIN@EXAMPLE.TEST"], "admin", false, Okta, Now);

        Assert.Equal(DirectoryHold.KeptAsLastAdmin, admin.DirectoryHold);
        Assert.Equal(stamp, admin.SessionStamp);
        Assert.IsType<AccountAccessKept>(Assert.Single(admin.DomainEvents));
    }

    [Fact]
    public void Hold_TwoAdminsFollowingOnePerson_SuspendsOneAndKeepsTheOther()
    {
        var first = Account.Create(Company, "a@example.test", "hash", AccountRole.Admin, Now);
        var second = Account.Create(Company, "b@example.test", "hash", AccountRole.Admin, Now);
        second.LinkTo(Person, "a", Okta);

        DirectoryHolds.Hold([first, second], Person, ["A@EXAMPLE.TEST"], "a", false, Okta, Now);

        Assert.Equal(1, new[] { first, second }.Count(a => a.DirectoryHold == DirectoryHold.Suspended));
        Assert.Equal(1, new[] { first, second }.Count(a => a.DirectoryHold == DirectoryHold.KeptAsLastAdmin));
    }

    [Fact]
    public void Follows_DependsOnTheLink()
    {
        var account = Account.Create(Company, "a@example.test", "hash", AccountRole.Member, Now);
        string[] names = ["A@EXAMPLE.TEST"];
        var other = Guid.NewGuid();

        Assert.True(account.Follows(other, names));
        account.LinkTo(Person, "p", Okta);
        Assert.False(account.Follows(other, names));
        Assert.True(account.Follows(Person, []));
        account.Unlink(Okta);
        Assert.False(account.Follows(Person, names));
    }

    [Fact]
    public void ReleaseDirectoryHold_LiftsTheSuspension()
    {
        var member = Account.Create(Company, "m@example.test", "hash", AccountRole.Member, Now);
        DirectoryHolds.Hold([member], Person, ["M@EXAMPLE.TEST"], "m", true, Okta, Now);

        member.ReleaseDirectoryHold("m was reactivated", Okta);

        Assert.Equal((DirectoryHold.None, (Guid?)null), (member.DirectoryHold, member.HeldForPersonId));
        Assert.IsType<AccountAccessRestored>(member.DomainEvents.Last());
    }
}
