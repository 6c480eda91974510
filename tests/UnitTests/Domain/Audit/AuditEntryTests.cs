using Platform.Domain.Audit;
using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.UnitTests.Domain.Audit;

public sealed class AuditEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Okta = new(ActorKind.Integration, "okta-1", "Okta");

    [Fact]
    public void Record_NoChanges_KeepsNone()
    {
        Assert.Null(AuditEntry.Record(CompanyId.New(), Okta, "user.updated", "user", "u-1", "Updated", [], "r-1", Now).Changes);
    }

    [Fact]
    public void Record_MoreChangesThanTheCap_KeepsTheFirstOnes()
    {
        var changes = Enumerable.Range(0, AuditEntry.ChangesMaxCount + 5).Select(i => new AttributeChange($"urn:x:a{i}", null, "1")).ToList();

        var entry = AuditEntry.Record(CompanyId.New(), Okta, "user.updated", "user", "u-1", "Updated", changes, null, Now);

        Assert.Equal(changes.Take(AuditEntry.ChangesMaxCount), entry.Changes!);
    }

    [Fact]
    public void Record_EmptyRequestId_IsNone()
    {
        Assert.Null(AuditEntry.Record(CompanyId.New(), Okta, "user.updated", "user", "u-1", "Updated", null, string.Empty, Now).RequestId);
    }

    [Fact]
    public void Record_OverlongRequestId_IsCut()
    {
        var entry = AuditEntry.Record(CompanyId.New(), Okta, "user.updated", "user", "u-1", "Updated", null, new string('a', 100), Now);

        Assert.Equal(new string('a', AuditEntry.RequestIdMaxLength), entry.RequestId);
    }
}
