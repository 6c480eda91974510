using Platform.Application.Common;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Users;

namespace Platform.UnitTests.Application.Directory.Users;

public sealed class UserChangesTests
{
    private static readonly UserProfile Stored = new(
        "ada@example.com",
        ExternalId: "00u1okta",
        Name: new PersonName("Ada", "Lovelace", Formatted: "Ada Lovelace"),
        Title: "Countess",
        Emails: [new ContactValue("ada@example.com", "work", Primary: true)],
        PhoneNumbers: [new ContactValue("+44 20 7946 0000", "work")],
        Enterprise: new EnterpriseProfile(Department: "Analytics", ManagerId: "m-0"),
        CustomExtensions: """{"urn:acme:1":{"badge":"A-17"},"urn:acme:2":{"floor":3}}""");

    [Fact]
    public void ApplyTo_NoChanges_IsAnEqualProfile()
    {
        Assert.Equal(Stored, new UserChanges().ApplyTo(Stored));
    }

    [Fact]
    public void ApplyTo_SetAndClearedAttributes_ChangeAndTheRestStay()
    {
        var changes = new UserChanges
        {
            Title = Optional<string?>.Of(null),
            DisplayName = "Ada Lovelace",
            FamilyName = "King",
            Department = "Finance",
            ManagerId = Optional<string?>.Of(null),
            Active = false,
        };

        var after = changes.ApplyTo(Stored);

        Assert.Equal(
            Stored with
            {
                Title = null,
                DisplayName = "Ada Lovelace",
                Name = Stored.Name! with { FamilyName = "King" },
                Enterprise = new EnterpriseProfile(Department: "Finance"),
                Active = false,
            },
            after);
    }

    [Fact]
    public void ApplyTo_UserNameCleared_IsEmptyForTheValidatorToRefuse()
    {
        Assert.Equal(string.Empty, new UserChanges { UserName = Optional<string?>.Of(null) }.ApplyTo(Stored).UserName);
    }

    [Fact]
    public void ApplyTo_ContactChanges_ApplyInOrderPerAttribute()
    {
        var changes = new UserChanges();
        changes.Emails.Add(new RemoveContacts(ContactMatch.All));
        changes.Emails.Add(new AddContacts([new ContactValue("a@b.example", "work")]));
        changes.PhoneNumbers.Add(new SetContactField(new ContactMatch(Type: "work"), ContactField.Display, "Office"));

        var after = changes.ApplyTo(Stored);

        Assert.Equal([new ContactValue("a@b.example", "work")], after.EmailsOrEmpty);
        Assert.Equal([Stored.PhoneNumbersOrEmpty[0] with { Display = "Office" }], after.PhoneNumbersOrEmpty);
    }

    [Fact]
    public void ApplyTo_CustomExtensions_ReplacesAndRemovesWholeObjectsByName()
    {
        var changes = new UserChanges();
        changes.CustomExtensions["urn:acme:1"] = null;
        changes.CustomExtensions["urn:acme:2"] = """{"floor":4}""";
        changes.CustomExtensions["urn:acme:3"] = """{"desk":"B"}""";

        Assert.Equal("""{"urn:acme:2":{"floor":4},"urn:acme:3":{"desk":"B"}}""", changes.ApplyTo(Stored).CustomExtensions);
    }

    [Fact]
    public void ApplyTo_RemovingTheLastCustomExtension_LeavesNone()
    {
        var changes = new UserChanges();
        changes.CustomExtensions["urn:acme:1"] = null;
        changes.CustomExtensions["urn:acme:2"] = null;

        Assert.Null(changes.ApplyTo(Stored).CustomExtensions);
    }

    [Fact]
    public void OnlyActive_ActiveAlone_IsTrue()
    {
        Assert.True(new UserChanges { Active = false }.OnlyActive);
    }

    [Fact]
    public void OnlyActive_NothingAtAll_IsFalse()
    {
        Assert.False(new UserChanges().OnlyActive);
    }

    /// <summary>Every single-valued text attribute, so that one added to UserChanges but not wired up fails here.</summary>
    public static TheoryData<string> TextAttributes =>
        [.. typeof(UserChanges).GetProperties().Where(p => p.PropertyType == typeof(Optional<string?>)).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(TextAttributes))]
    public void ApplyTo_AnyTextAttributeSet_ChangesTheProfile(string attribute)
    {
        var changes = new UserChanges();
        typeof(UserChanges).GetProperty(attribute)!.SetValue(changes, Optional<string?>.Of("different"));

        Assert.NotEqual(Stored, changes.ApplyTo(Stored));
    }

    [Theory]
    [MemberData(nameof(TextAttributes))]
    public void OnlyActive_ActiveWithAnyTextAttribute_IsFalse(string attribute)
    {
        var changes = new UserChanges { Active = true };
        typeof(UserChanges).GetProperty(attribute)!.SetValue(changes, Optional<string?>.Of(null));

        Assert.False(changes.OnlyActive);
    }

    [Theory]
    [InlineData("emails")]
    [InlineData("phoneNumbers")]
    [InlineData("extension")]
    public void OnlyActive_ActiveWithContactOrExtensionChanges_IsFalse(string other)
    {
        var changes = new UserChanges { Active = true };
        switch (other)
        {
            case "emails": changes.Emails.Add(new RemoveContacts(ContactMatch.All)); break;
            case "phoneNumbers": changes.PhoneNumbers.Add(new ReplaceContacts([])); break;
            default: changes.CustomExtensions["urn:acme:1"] = null; break;
        }

        Assert.False(changes.OnlyActive);
    }
}
