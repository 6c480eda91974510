using Platform.Domain.Tenancy;

namespace Platform.UnitTests.Domain;

public sealed class AccountTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RecordFailedSignIn_FifthTime_LocksOutAndRaisesAnEvent()
    {
        var account = Account.Create(CompanyId.New(), "a@example.test", "hash", AccountRole.Admin, Now);

        for (var i = 0; i < Account.MaxFailedSignIns; i++) account.RecordFailedSignIn(Now);

        Assert.True(account.IsLockedOut(Now));
        Assert.False(account.IsLockedOut(Now + Account.LockoutDuration));
        Assert.Single(account.DomainEvents.OfType<AccountLockedOut>());
    }

    [Fact]
    public void RecordSuccessfulSignIn_ResetsTheFailureCount()
    {
        var account = Account.Create(CompanyId.New(), "a@example.test", "hash", AccountRole.Admin, Now);
        for (var i = 0; i < Account.MaxFailedSignIns - 1; i++) account.RecordFailedSignIn(Now);

        account.RecordSuccessfulSignIn(null);
        account.RecordFailedSignIn(Now);

        Assert.False(account.IsLockedOut(Now));
    }
}
