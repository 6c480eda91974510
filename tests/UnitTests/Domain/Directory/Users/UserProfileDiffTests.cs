using Platform.Domain.Common;
using Platform.Domain.Directory.Users;

namespace Platform.UnitTests.Domain.Directory.Users;

public sealed class UserProfileDiffTests
{
    private static readonly UserProfile Before = new(
        "ada@example.com",
        ExternalId: "00u1okta",
        Name: new PersonName("Ada", "Lovelace"),
        DisplayName: "Ada Lovelace",
        Title: "Analyst",
        Emails: [new ContactValue("ada@example.com", "work", Primary: true)],
        Enterprise: new EnterpriseProfile(Department: "Research", ManagerId: "m-1"),
        CustomExtensions: """{"urn:okta:custom:user:1.0":{"costCode":"C-1","floor":3}}""");

    [Fact]
    public void Between_EqualProfiles_IsEmpty()
    {
        Assert.Empty(UserProfileDiff.Between(Before, Before with { Emails = [.. Before.EmailsOrEmpty] }));
    }

    [Fact]
    public void Between_SingleTextAttribute_HasItsNameBeforeAndAfter()
    {
        Assert.Equal([new AttributeChange("title", "Analyst", "Lead")], UserProfileDiff.Between(Before, Before with { Title = "Lead" }));
    }

    [Fact]
    public void Between_AttributeCleared_HasNoAfter()
    {
        Assert.Equal([new AttributeChange("displayName", "Ada Lovelace", null)], UserProfileDiff.Between(Before, Before with { DisplayName = null }));
    }

    [Fact]
    public void Between_NameParts_AreDottedUnderName()
    {
        var changes = UserProfileDiff.Between(Before, Before with { Name = new PersonName("Augusta Ada", "King", HonorificSuffix: "Countess") });

        Assert.Equal(
            [
                new AttributeChange("name.givenName", "Ada", "Augusta Ada"),
                new AttributeChange("name.familyName", "Lovelace", "King"),
                new AttributeChange("name.honorificSuffix", null, "Countess"),
            ],
            changes);
    }

    [Fact]
    public void Between_MultiValuedContacts_AreOneChangeListingEveryValue()
    {
        var changes = UserProfileDiff.Between(Before, Before with
        {
            Emails = [new ContactValue("ada@example.com", "work"), new ContactValue("ada@home.example", "home", Display: "Home")],
            PhoneNumbers = [new ContactValue("+44 20 7946 0000")],
        });

        Assert.Equal(
            [
                new AttributeChange("emails", "ada@example.com (work, primary)", "ada@example.com (work), ada@home.example (home, \"Home\")"),
                new AttributeChange("phoneNumbers", null, "+44 20 7946 0000"),
            ],
            changes);
    }

    [Fact]
    public void Between_EnterpriseAttributes_AreDottedUnderEnterprise()
    {
        var changes = UserProfileDiff.Between(Before, Before with { Enterprise = new EnterpriseProfile(CostCenter: "CC-9", Department: "Engineering", ManagerId: "m-1") });

        Assert.Equal(
            [
                new AttributeChange("enterprise.costCenter", null, "CC-9"),
                new AttributeChange("enterprise.department", "Research", "Engineering"),
            ],
            changes);
    }

    [Fact]
    public void Between_EnterpriseManager_IsEnterpriseManager()
    {
        Assert.Equal(
            [new AttributeChange("enterprise.manager", "m-1", null)],
            UserProfileDiff.Between(Before, Before with { Enterprise = new EnterpriseProfile(Department: "Research") }));
    }

    [Fact]
    public void Between_ExtensionObjectAttributes_AreNamedExtensionColonAttribute()
    {
        var changes = UserProfileDiff.Between(Before, Before with
        {
            CustomExtensions = """{"urn:okta:custom:user:1.0":{"costCode":"C-2","floor":3,"badges":["a","b"]}}""",
        });

        Assert.Equal(
            [
                new AttributeChange("urn:okta:custom:user:1.0:costCode", "C-1", "C-2"),
                new AttributeChange("urn:okta:custom:user:1.0:badges", null, """["a","b"]"""),
            ],
            changes);
    }

    [Fact]
    public void Between_Active_IsTrueAndFalseAsScimWritesThem()
    {
        Assert.Equal([new AttributeChange("active", "true", "false")], UserProfileDiff.Between(Before, Before with { Active = false }));
    }

    [Fact]
    public void Between_LongValue_IsShortened()
    {
        var change = Assert.Single(UserProfileDiff.Between(Before, Before with { Title = new string('x', 1000) }));

        Assert.Equal(AttributeChange.ValueMaxLength, change.After!.Length);
        Assert.EndsWith("…", change.After);
    }

    [Fact]
    public void Between_EveryKindAtOnce_ListsCoreThenNameThenContactsThenEnterpriseThenExtensions()
    {
        var changes = UserProfileDiff.Between(Before, Before with
        {
            UserName = "ada@new.example",
            Name = new PersonName("Ada", "King"),
            Title = "Lead",
            Emails = [],
            Enterprise = Before.EnterpriseOrEmpty with { Division = "R&D" },
            CustomExtensions = null,
        });

        Assert.Equal(
            ["userName", "name.familyName", "title", "emails", "enterprise.division", "urn:okta:custom:user:1.0:costCode", "urn:okta:custom:user:1.0:floor"],
            changes.Select(c => c.Attribute));
    }

    /// <summary>Every writable property of the profile and of its parts (name, enterprise), so that an attribute added but forgotten in the diff fails here.</summary>
    public static TheoryData<string> Attributes =>
    [
        .. typeof(UserProfile).GetProperties().Where(p => p.CanWrite && p.PropertyType != typeof(PersonName) && p.PropertyType != typeof(EnterpriseProfile)).Select(p => p.Name),
        .. typeof(PersonName).GetProperties().Where(p => p.CanWrite).Select(p => $"{nameof(PersonName)}.{p.Name}"),
        .. typeof(EnterpriseProfile).GetProperties().Where(p => p.CanWrite).Select(p => $"{nameof(EnterpriseProfile)}.{p.Name}"),
    ];

    [Theory]
    [MemberData(nameof(Attributes))]
    public void Between_ProfileDifferingInAnyAttribute_HasExactlyOneChange(string attribute)
    {
        var after = attribute.Split('.') switch
        {
            [nameof(PersonName), var part] => Before with { Name = WithDifferent(Before.NameOrEmpty, part) },
            [nameof(EnterpriseProfile), var part] => Before with { Enterprise = WithDifferent(Before.EnterpriseOrEmpty, part) },
            [nameof(UserProfile.CustomExtensions)] => Before with { CustomExtensions = """{"urn:okta:custom:user:1.0":{"costCode":"C-1","floor":4}}""" },
            [nameof(UserProfile.Attributes)] => Before with { Attributes = """{"addresses":[{"locality":"Hollywood"}]}""" },
            [nameof(UserProfile.Emails)] => Before with { Emails = [new ContactValue("different@example.com")] },
            [nameof(UserProfile.PhoneNumbers)] => Before with { PhoneNumbers = [new ContactValue("+1 555 0100")] },
            [nameof(UserProfile.Active)] => Before with { Active = !Before.Active },
            [var name] => WithDifferent(Before, name),
            _ => throw new InvalidOperationException(attribute),
        };

        Assert.Single(UserProfileDiff.Between(Before, after));
    }

    private static T WithDifferent<T>(T record, string property)
        where T : class
    {
        var copy = (T)typeof(T).GetMethod("<Clone>$")!.Invoke(record, null)!;
        typeof(T).GetProperty(property)!.SetValue(copy, "different");
        return copy;
    }
}
