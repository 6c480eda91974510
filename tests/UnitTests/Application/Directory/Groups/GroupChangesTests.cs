using Platform.Application.Common;
using Platform.Application.Directory.Groups;
using Platform.Domain.Directory.Groups;

namespace Platform.UnitTests.Application.Directory.Groups;

public sealed class GroupChangesTests
{
    private const string OktaExtension = "urn:okta:custom:group:1.0";

    private static readonly GroupProfile Stored = new(
        "Engineering",
        "00g1okta",
        $$$"""{"{{{OktaExtension}}}":{"description":"Builds things"},"urn:acme:groups:1.0":{"cost":7}}""");

    [Fact]
    public void ApplyTo_NoChanges_IsAnEqualProfileAndIsEmpty()
    {
        var changes = new GroupChanges();

        Assert.True(changes.IsEmpty);
        Assert.Equal(Stored, changes.ApplyTo(Stored));
    }

    [Fact]
    public void ApplyTo_Rename_ChangesOnlyTheName()
    {
        var changes = new GroupChanges { DisplayName = "Platform Engineering" };

        Assert.False(changes.IsEmpty);
        Assert.Equal(Stored with { DisplayName = "Platform Engineering" }, changes.ApplyTo(Stored));
    }

    [Fact]
    public void ApplyTo_ExternalIdSetToNothing_ClearsItAndKeepsTheRest()
    {
        var changes = new GroupChanges { ExternalId = Optional<string?>.Of(null) };

        Assert.False(changes.IsEmpty);
        Assert.Equal(Stored with { ExternalId = null }, changes.ApplyTo(Stored));
    }

    [Fact]
    public void ApplyTo_DisplayNameSetToNothing_IsEmptyForTheValidatorToRefuse()
    {
        Assert.Equal(string.Empty, new GroupChanges { DisplayName = Optional<string?>.Of(null) }.ApplyTo(Stored).DisplayName);
    }

    [Fact]
    public void ApplyTo_ExtensionChanges_ReplaceAddAndRemoveWholeObjectsByName()
    {
        var changes = new GroupChanges();
        changes.CustomExtensions[OktaExtension] = """{"description":"Runs things"}""";
        changes.CustomExtensions["urn:acme:groups:1.0"] = null;
        changes.CustomExtensions["urn:acme:groups:2.0"] = """{"floor":[3,4]}""";

        Assert.Equal(
            $$$"""{"{{{OktaExtension}}}":{"description":"Runs things"},"urn:acme:groups:2.0":{"floor":[3,4]}}""",
            changes.ApplyTo(Stored).CustomExtensions);
    }

    [Fact]
    public void ApplyTo_RemovingEveryExtension_LeavesNone()
    {
        var changes = new GroupChanges();
        changes.CustomExtensions[OktaExtension] = null;
        changes.CustomExtensions["urn:acme:groups:1.0"] = null;

        Assert.Null(changes.ApplyTo(Stored).CustomExtensions);
    }

    [Fact]
    public void ApplyTo_FirstExtensionOnAGroupWithoutAny_IsStored()
    {
        var changes = new GroupChanges();
        changes.CustomExtensions[OktaExtension] = """{"description":"New"}""";

        Assert.Equal($$$"""{"{{{OktaExtension}}}":{"description":"New"}}""", changes.ApplyTo(new GroupProfile("Ops")).CustomExtensions);
    }

    [Fact]
    public void ApplyTo_ExtensionNameInAnotherCase_ReplacesTheStoredObjectInsteadOfAddingASecond()
    {
        var changes = new GroupChanges();
        changes.CustomExtensions["URN:OKTA:CUSTOM:GROUP:1.0"] = """{"description":"Runs things"}""";

        Assert.Equal(
            """{"urn:acme:groups:1.0":{"cost":7},"URN:OKTA:CUSTOM:GROUP:1.0":{"description":"Runs things"}}""",
            changes.ApplyTo(Stored).CustomExtensions);
    }

    [Fact]
    public void ApplyTo_RemovingAnExtensionByAnotherCase_RemovesIt()
    {
        var changes = new GroupChanges();
        changes.CustomExtensions["Urn:Okta:Custom:Group:1.0"] = null;

        Assert.Equal("""{"urn:acme:groups:1.0":{"cost":7}}""", changes.ApplyTo(Stored).CustomExtensions);
    }
}
