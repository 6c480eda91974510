using Platform.Domain.Common;
using Platform.Domain.Directory;
using Platform.Domain.Directory.Users;

namespace Platform.UnitTests.Domain.Directory;

public sealed class ExtensionObjectsTests
{
    private const string Stored = """{"urn:acme:1":{"badge":"A-17"},"urn:acme:2":{"floor":3}}""";

    [Fact]
    public void Merge_ObjectsByName_ReplacesAddsAndRemovesWholeObjects()
    {
        var merged = ExtensionObjects.Merge(Stored, new Dictionary<string, string?>
        {
            ["urn:acme:1"] = null,
            ["urn:acme:2"] = """{"floor":4}""",
            ["urn:acme:3"] = """{"desk":"B"}""",
        });

        Assert.Equal("""{"urn:acme:2":{"floor":4},"urn:acme:3":{"desk":"B"}}""", merged);
    }

    [Fact]
    public void Merge_NameInAnotherCase_ReplacesTheObjectUnderTheNewSpelling()
    {
        var merged = ExtensionObjects.Merge(Stored, new Dictionary<string, string?> { ["URN:ACME:2"] = """{"floor":5}""" });

        Assert.Equal("""{"urn:acme:1":{"badge":"A-17"},"URN:ACME:2":{"floor":5}}""", merged);
    }

    [Fact]
    public void Merge_RemovingEveryObject_LeavesNone()
    {
        var merged = ExtensionObjects.Merge(Stored, new Dictionary<string, string?> { ["urn:acme:1"] = null, ["urn:acme:2"] = null });

        Assert.Null(merged);
    }

    [Fact]
    public void SetAttributes_NoChanges_ReturnsTheStoredTextAsItIs()
    {
        const string spaced = """{ "urn:acme:1": { "badge": "A-17" } }""";

        Assert.Same(spaced, ExtensionObjects.SetAttributes(spaced, []));
    }

    [Fact]
    public void SetAttributes_SetAndRemove_ChangesSingleAttributesInsideTheObjects()
    {
        var changed = ExtensionObjects.SetAttributes(Stored, [
            new ExtensionAttributeChange("URN:ACME:1", "badge", "\"A-18\""),
            new ExtensionAttributeChange("urn:acme:2", "floor", null),
            new ExtensionAttributeChange("urn:acme:3", "desk", "\"B\""),
            new ExtensionAttributeChange("urn:acme:4", "unknown", null),
        ]);

        Assert.Equal("""{"urn:acme:1":{"badge":"A-18"},"urn:acme:3":{"desk":"B"}}""", changed);
    }

    [Fact]
    public void Changes_AttributeAddedChangedAndRemoved_AreEachOneChangeWithJsonValues()
    {
        var changes = ExtensionObjects.Changes(Stored, """{"urn:acme:1":{"badge":"A-18","vip":true},"urn:acme:3":{"desk":"B"}}""");

        Assert.Equal(
            [
                new AttributeChange("urn:acme:1:badge", "A-17", "A-18"),
                new AttributeChange("urn:acme:1:vip", null, "true"),
                new AttributeChange("urn:acme:2:floor", "3", null),
                new AttributeChange("urn:acme:3:desk", null, "B"),
            ],
            changes);
    }

    [Fact]
    public void Changes_NameInAnotherCase_IsTheSameObject()
    {
        Assert.Equal(
            [new AttributeChange("urn:acme:2:floor", "3", "4")],
            ExtensionObjects.Changes(Stored, """{"urn:acme:1":{"badge":"A-17"},"URN:ACME:2":{"floor":4}}"""));
    }

    [Theory]
    [InlineData("password")]
    [InlineData("apiToken")]
    [InlineData("clientSecret")]
    public void Changes_SecretLookingAttribute_IsListedWithoutValues(string attribute)
    {
        var change = Assert.Single(ExtensionObjects.Changes(null, $$$"""{"urn:acme:1":{"{{{attribute}}}":"hunter2"}}"""));

        Assert.Equal(AttributeChange.Withheld($"urn:acme:1:{attribute}"), change);
        Assert.True(change.IsWithheld);
    }

    [Fact]
    public void Changes_ExtensionThatIsNotAnObject_IsOneChangeNamedAfterIt()
    {
        Assert.Equal([new AttributeChange("urn:acme:flag", "1", "2")], ExtensionObjects.Changes("""{"urn:acme:flag":1}""", """{"urn:acme:flag":2}"""));
    }
}
