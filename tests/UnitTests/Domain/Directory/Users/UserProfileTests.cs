using System.Reflection;
using Platform.Domain.Directory.Users;

namespace Platform.UnitTests.Domain.Directory.Users;

public sealed class UserProfileTests
{
    private static readonly UserProfile Profile = new(
        "ada@example.com",
        Name: new PersonName("Ada", "Lovelace"),
        Emails: [new ContactValue("ada@example.com", "work", Primary: true)],
        PhoneNumbers: [new ContactValue("+44 20 7946 0000")],
        Enterprise: new EnterpriseProfile(Department: "Analytics"));

    [Fact]
    public void Equals_SameItemsInOtherListInstances_IsEqualWithTheSameHashCode()
    {
        var copy = Profile with
        {
            Emails = [new ContactValue("ada@example.com", "work", Primary: true)],
            PhoneNumbers = [.. Profile.PhoneNumbersOrEmpty],
        };

        Assert.Equal(Profile, copy);
        Assert.True(Profile == copy);
        Assert.Equal(Profile.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void Equals_AbsentAndEmptyParts_AreEqual()
    {
        var bare = new UserProfile("ada@example.com");

        Assert.Equal(bare, bare with { Name = PersonName.Empty, Emails = [], PhoneNumbers = [], Enterprise = EnterpriseProfile.Empty });
    }

    [Fact]
    public void Equals_SameEmailsInAnotherOrder_IsNotEqual()
    {
        var home = new ContactValue("ada@home.example", "home");

        Assert.NotEqual(Profile with { Emails = [Profile.EmailsOrEmpty[0], home] }, Profile with { Emails = [home, Profile.EmailsOrEmpty[0]] });
    }

    [Theory]
    [InlineData("value")]
    [InlineData("primary")]
    [InlineData("extra")]
    public void Equals_EmailsDifferingInOneItem_IsNotEqual(string difference)
    {
        var work = Profile.EmailsOrEmpty[0];
        IReadOnlyList<ContactValue> emails = difference switch
        {
            "value" => [work with { Value = "ADA@example.com" }],
            "primary" => [work with { Primary = false }],
            _ => [work, new ContactValue("b@example.com")],
        };

        Assert.NotEqual(Profile, Profile with { Emails = emails });
        Assert.False(Profile == Profile with { Emails = emails });
    }

    /// <summary>Every property, so that one added to the record but forgotten in its hand-written Equals fails here.</summary>
    public static TheoryData<string> Properties => [.. typeof(UserProfile).GetProperties().Where(p => p.CanWrite).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Properties))]
    public void Equals_ProfileDifferingInAnyProperty_IsNotEqual(string name)
    {
        var property = typeof(UserProfile).GetProperty(name)!;
        var other = (UserProfile)typeof(UserProfile).GetMethod("<Clone>$")!.Invoke(Profile, null)!;

        property.SetValue(other, DifferentValue(property, property.GetValue(Profile)));

        Assert.NotEqual(Profile, other);
    }

    private static object DifferentValue(PropertyInfo property, object? current) => property.PropertyType switch
    {
        var t when t == typeof(string) => "different",
        var t when t == typeof(bool) => !(bool)current!,
        var t when t == typeof(PersonName) => new PersonName("Different"),
        var t when t == typeof(EnterpriseProfile) => new EnterpriseProfile(Department: "Different"),
        var t when t == typeof(IReadOnlyList<ContactValue>) => new[] { new ContactValue("different@example.com") },
        _ => throw new InvalidOperationException($"Give {property.Name} ({property.PropertyType}) a different value here."),
    };
}
