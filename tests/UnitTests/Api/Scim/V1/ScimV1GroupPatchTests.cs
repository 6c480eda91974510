using Platform.Domain.Directory.Groups;
using static Platform.UnitTests.Api.Scim.ScimGroupPatching;

namespace Platform.UnitTests.Api.Scim.V1;

/// <summary>SCIM 1.1 group PATCH as Okta sends it: a partial resource, <c>"operation":"delete"</c> entries, <c>meta.attributes</c> to clear.</summary>
public sealed class ScimV1GroupPatchTests
{
    private static readonly GroupProfile Engineering = new("Engineering", "00g1okta", $$$"""{"{{{OktaExtension}}}":{"description":"Builds things"}}""");

    [Fact]
    public void Read_OktaAddMembers_AddsThemAndChangesNothingElse()
    {
        var changes = ReadV1("""
            {"schemas":["urn:scim:schemas:core:1.0"],
             "members":[{"value":"u1","display":"Ada Lovelace"},{"value":"u2","display":"Alan Turing"}]}
            """);

        Assert.Equal(["add [u1,u2]"], Steps(changes));
        Assert.True(changes.Changes.IsEmpty);
    }

    [Theory]
    [InlineData("delete")]
    [InlineData("DELETE")]
    [InlineData("Delete")]
    public void Read_EntriesMarkedDelete_AreRemoved(string operation)
    {
        var changes = ReadV1($$"""
            {"schemas":["urn:scim:schemas:core:1.0"],
             "members":[{"value":"u1","display":"Ada","operation":"{{operation}}"},{"value":"u2","operation":"{{operation}}"}]}
            """);

        Assert.Equal(["remove [u1,u2]"], Steps(changes));
    }

    [Fact]
    public void Read_MixedAddsAndDeletes_KeepTheirOrderAsRuns()
    {
        var changes = ReadV1("""
            {"members":[
              {"value":"u1"},{"value":"u2"},
              {"value":"u3","operation":"delete"},{"value":"u4","operation":"delete"},
              {"value":"u5"},
              {"value":"u1","operation":"delete"}]}
            """);

        Assert.Equal(["add [u1,u2]", "remove [u3,u4]", "add [u5]", "remove [u1]"], Steps(changes));
    }

    [Fact]
    public void Read_OperationOtherThanDelete_IsAnAdd()
    {
        Assert.Equal(["add [u1,u2]"], Steps(ReadV1("""{"members":[{"value":"u1","operation":"add"},{"value":"u2","operation":5}]}""")));
    }

    [Fact]
    public void Read_OktaPushNowWithMetaAttributesMembers_RemovesAllThenAddsTheList()
    {
        var changes = ReadV1("""
            {"schemas":["urn:scim:schemas:core:1.0"],"meta":{"attributes":["members"]},
             "members":[{"value":"u1","display":"Ada"},{"value":"u2","display":"Alan"}]}
            """);

        Assert.Equal(["remove all", "add [u1,u2]"], Steps(changes));
    }

    [Theory]
    [InlineData("""{"meta":{"attributes":["members"]}}""")]
    [InlineData("""{"meta":{"attributes":["MEMBERS"]},"members":[]}""")]
    [InlineData("""{"meta":{"attributes":["urn:scim:schemas:core:1.0:members"]}}""")]
    public void Read_MetaAttributesMembersWithNoMembers_RemovesAllOnly(string body)
    {
        Assert.Equal(["remove all"], Steps(ReadV1(body)));
    }

    [Fact]
    public void Read_OktaRename_ChangesTheNameAndNoMembership()
    {
        var changes = ReadV1("""{"schemas":["urn:scim:schemas:core:1.0"],"id":"0197a1b2-0000-7000-8000-0000000000aa","displayName":"Platform Engineering"}""");

        Assert.Empty(changes.Members);
        Assert.Equal(Engineering with { DisplayName = "Platform Engineering" }, changes.Changes.ApplyTo(Engineering));
    }

    [Theory]
    [InlineData("\"members\"")]
    [InlineData("{\"members\":true}")]
    [InlineData("5")]
    [InlineData("[5]")]
    [InlineData("[null]")]
    [InlineData("[[\"members\"]]")]
    public void Read_MetaAttributesThatIsNotAListOfNames_IsInvalidValue(string attributes)
    {
        Assert.Equal("invalidValue", ProblemV1($$"""{"meta":{"attributes":{{attributes}} },"members":[{"value":"u1"}]}""").ScimType);
    }

    [Fact]
    public void Read_MetaAttributesNamingDisplayName_IsMutability()
    {
        Assert.Equal("mutability", ProblemV1("""{"meta":{"attributes":["displayName"]}}""").ScimType);
    }

    [Fact]
    public void Read_MetaAttributesNamingExternalIdAndTheExtension_ClearsThem()
    {
        var changes = ReadV1($$"""{"meta":{"attributes":["externalId","{{OktaExtension}}"]} }""");

        Assert.Empty(changes.Members);
        Assert.Equal(Engineering with { ExternalId = null, CustomExtensions = null }, changes.Changes.ApplyTo(Engineering));
    }

    [Fact]
    public void Read_OktaDescriptionExtension_IsKeptAsSent()
    {
        var changes = ReadV1($$"""
            {"schemas":["urn:scim:schemas:core:1.0","{{OktaExtension}}"],"displayName":"Engineering",
             "{{OktaExtension}}":{"description":"Builds and runs things"} }
            """);

        Assert.Equal($$$"""{"{{{OktaExtension}}}":{"description":"Builds and runs things"}}""", changes.Changes.ApplyTo(Engineering).CustomExtensions);
        Assert.Empty(changes.Members);
    }

    [Theory]
    [InlineData("""{"members":[{"display":"Ada","operation":"delete"}]}""")]
    [InlineData("""{"members":[{"value":"u1"},{"value":""}]}""")]
    [InlineData("""{"members":"u1"}""")]
    [InlineData("""{"displayName":""}""")]
    [InlineData("""{"displayName":["Ops"]}""")]
    [InlineData("""{"externalId":5}""")]
    [InlineData("""{"urn:okta:custom:group:1.0":"Builds things"}""")]
    public void Read_ValuesOfTheWrongShape_AreInvalidValue(string body)
    {
        Assert.Equal("invalidValue", ProblemV1(body).ScimType);
    }

    [Fact]
    public void Read_MetaWithoutAttributesAndUnknownAttributes_AreIgnored()
    {
        var changes = ReadV1("""{"meta":{"version":"W/\"3\""},"description":"not kept","owner":{"value":"u9"},"members":[{"value":"u1"}]}""");

        Assert.Equal(["add [u1]"], Steps(changes));
        Assert.True(changes.Changes.IsEmpty);
    }
}
