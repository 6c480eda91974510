using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Users;

namespace Platform.UnitTests.Application.Directory.Users;

public sealed class ContactChangeTests
{
    private static readonly ContactValue Work = new("ada@example.com", "work", Primary: true);
    private static readonly ContactValue Home = new("ada@home.example", "home");
    private static readonly IReadOnlyList<ContactValue> Stored = [Work, Home];

    [Fact]
    public void AddContacts_SameValueAndTypeInAnotherCase_ReplacesTheEntryInPlace()
    {
        var again = new ContactValue("ADA@HOME.EXAMPLE", "HOME", Display: "Home");

        Assert.Equal([Work, again], new AddContacts([again]).ApplyTo(Stored));
    }

    [Fact]
    public void AddContacts_SameValueOtherType_AddsASecondEntry()
    {
        var other = Home with { Type = "other" };

        Assert.Equal([Work, Home, other], new AddContacts([other]).ApplyTo(Stored));
    }

    [Fact]
    public void AddContacts_RepeatedWithinOneAdd_KeepsOneEntry()
    {
        var mobile = new ContactValue("+1 555 0100", "mobile");

        Assert.Equal([mobile with { Display = "Mobile" }], new AddContacts([mobile, mobile with { Display = "Mobile" }]).ApplyTo([]));
    }

    [Fact]
    public void AddContacts_NewPrimary_MakesTheOthersNonPrimary()
    {
        // RFC 7644 §3.5.2: a PATCH that sets primary true clears it on the other values.
        var primary = new ContactValue("countess@example.com", "other", Primary: true);

        Assert.Equal([Work with { Primary = false }, Home, primary], new AddContacts([primary]).ApplyTo(Stored));
    }

    [Fact]
    public void AddContacts_Nothing_LeavesTheListAsItWas()
    {
        Assert.Equal(Stored, new AddContacts([]).ApplyTo(Stored));
    }

    [Fact]
    public void ReplaceContacts_AnyList_IsExactlyTheNewItems()
    {
        var mobile = new ContactValue("+1 555 0100", "mobile");

        Assert.Equal([mobile], new ReplaceContacts([mobile]).ApplyTo(Stored));
        Assert.Empty(new ReplaceContacts([]).ApplyTo(Stored));
    }

    [Theory]
    [InlineData("work", null, null, 1)]
    [InlineData("WORK", null, null, 1)]
    [InlineData(null, "ADA@home.example", null, 1)]
    [InlineData(null, null, true, 1)]
    [InlineData(null, null, false, 1)]
    [InlineData("home", null, true, 2)]
    [InlineData("fax", null, null, 2)]
    [InlineData(null, null, null, 0)]
    public void RemoveContacts_Match_RemovesTheEntriesMatchingEveryPart(string? type, string? value, bool? primary, int left)
    {
        var result = new RemoveContacts(new ContactMatch(type, value, primary)).ApplyTo(Stored);

        Assert.Equal(left, result.Count);
        Assert.DoesNotContain(result, new ContactMatch(type, value, primary).Matches);
    }

    [Fact]
    public void SetContactField_ValueOnATypedMatch_ChangesOnlyThatEntry()
    {
        var result = new SetContactField(new ContactMatch(Type: "work"), ContactField.Value, "countess@example.com").ApplyTo(Stored);

        Assert.Equal([Work with { Value = "countess@example.com" }, Home], result);
    }

    [Fact]
    public void SetContactField_ValueOnATypeWithNoEntry_AddsAnEntryOfThatType()
    {
        var result = new SetContactField(new ContactMatch(Type: "other"), ContactField.Value, "ada@other.example").ApplyTo(Stored);

        Assert.Equal([Work, Home, new ContactValue("ada@other.example", "other")], result);
    }

    [Fact]
    public void SetContactField_PrimaryValueOnATypeWithNoEntry_AddsThePrimaryAndDemotesTheOthers()
    {
        var result = new SetContactField(new ContactMatch(Type: "other", Primary: true), ContactField.Value, "ada@other.example").ApplyTo(Stored);

        Assert.Equal([Work with { Primary = false }, Home, new ContactValue("ada@other.example", "other", Primary: true)], result);
    }

    [Fact]
    public void SetContactField_ValueWithoutATypeAndNoMatch_AddsNothing()
    {
        // Without a type there is nothing to say what the new entry would be.
        var result = new SetContactField(new ContactMatch(Value: "nobody@example.com"), ContactField.Value, "x@example.com").ApplyTo(Stored);

        Assert.Equal(Stored, result);
    }

    [Theory]
    [InlineData(ContactField.Type, "other")]
    [InlineData(ContactField.Display, "Home address")]
    public void SetContactField_TextField_SetsItOnTheMatches(ContactField field, string value)
    {
        var result = new SetContactField(new ContactMatch(Type: "home"), field, value).ApplyTo(Stored);

        var expected = field == ContactField.Type ? Home with { Type = value } : Home with { Display = value };
        Assert.Equal([Work, expected], result);
    }

    [Fact]
    public void SetContactField_ClearingType_LeavesTheEntryUntyped()
    {
        Assert.Equal([Work, Home with { Type = null }], new SetContactField(new ContactMatch(Type: "home"), ContactField.Type, null).ApplyTo(Stored));
    }

    [Fact]
    public void SetContactField_PrimaryTrue_MakesTheMatchTheOnlyPrimary()
    {
        var result = new SetContactField(new ContactMatch(Type: "home"), ContactField.Primary, "true").ApplyTo(Stored);

        Assert.Equal([Work with { Primary = false }, Home with { Primary = true }], result);
    }

    [Fact]
    public void SetContactField_PrimaryTrueOnTheNonPrimaryEntries_LeavesExactlyOnePrimary()
    {
        var result = new SetContactField(new ContactMatch(Primary: false), ContactField.Primary, "True").ApplyTo(Stored);

        Assert.Equal([Work with { Primary = false }, Home with { Primary = true }], result);
    }

    [Fact]
    public void SetContactField_PrimaryTrueMatchingNothing_ChangesNothing()
    {
        Assert.Equal(Stored, new SetContactField(new ContactMatch(Type: "fax"), ContactField.Primary, "true").ApplyTo(Stored));
    }

    [Fact]
    public void SetContactField_PrimaryFalse_ClearsOnlyTheMatch()
    {
        var result = new SetContactField(new ContactMatch(Type: "work"), ContactField.Primary, "false").ApplyTo(Stored);

        Assert.Equal([Work with { Primary = false }, Home], result);
    }
}
