using Platform.Api.Scim.Common.Groups;
using Platform.Application.Directory.Groups;

namespace Platform.UnitTests.Api.Scim.Common.Groups;

public sealed class ScimGroupFilterTranslatorTests
{
    [Theory]
    [InlineData("displayName eq \"Engineering\"", GroupFilterField.DisplayName, "Engineering")]
    [InlineData("externalId eq \"00g1okta\"", GroupFilterField.ExternalId, "00g1okta")]
    [InlineData("externalId eq 1815", GroupFilterField.ExternalId, "1815")]
    [InlineData("id eq \"0197a1b2-0000-7000-8000-0000000000aa\"", GroupFilterField.Id, "0197a1b2-0000-7000-8000-0000000000aa")]
    [InlineData("members eq \"u1\"", GroupFilterField.Member, "u1")]
    [InlineData("members.value eq \"u1\"", GroupFilterField.Member, "u1")]
    [InlineData("members[value eq \"u1\"]", GroupFilterField.Member, "u1")]
    public void Translate_SupportedComparison_IsOneCondition(string text, GroupFilterField field, string value)
    {
        Assert.Equal([new GroupCondition(field, value)], Conditions(text));
    }

    [Theory]
    [InlineData("DISPLAYNAME EQ \"ops\"", GroupFilterField.DisplayName)]
    [InlineData("ExternalId eq \"ops\"", GroupFilterField.ExternalId)]
    [InlineData("Members.Value eq \"ops\"", GroupFilterField.Member)]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:Group:displayName eq \"ops\"", GroupFilterField.DisplayName)]
    [InlineData("URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:GROUP:DISPLAYNAME eq \"ops\"", GroupFilterField.DisplayName)]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:Group:members.value eq \"ops\"", GroupFilterField.Member)]
    [InlineData("urn:scim:schemas:core:1.0:displayName eq \"ops\"", GroupFilterField.DisplayName)]
    [InlineData("urn:scim:schemas:core:1.0:id eq \"ops\"", GroupFilterField.Id)]
    public void Translate_AttributeInAnyCaseOrUrnQualified_IsRecognised(string text, GroupFilterField field)
    {
        Assert.Equal([new GroupCondition(field, "ops")], Conditions(text));
    }

    [Fact]
    public void Translate_AndChain_KeepsEveryConditionInOrder()
    {
        var conditions = Conditions("displayName eq \"Ops\" and members[value eq \"u1\"] AND (externalId eq \"x\") and id eq \"g\"");

        Assert.Equal(
            [
                new GroupCondition(GroupFilterField.DisplayName, "Ops"),
                new GroupCondition(GroupFilterField.Member, "u1"),
                new GroupCondition(GroupFilterField.ExternalId, "x"),
                new GroupCondition(GroupFilterField.Id, "g"),
            ],
            conditions);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Translate_NoFilter_IsEveryGroup(string? text)
    {
        var result = ScimGroupFilterTranslator.Translate(text);

        Assert.True(result.IsSuccess);
        Assert.Same(GroupFilter.All, result.Value);
    }

    [Theory]
    [InlineData("displayName eq \"a\" or displayName eq \"b\"")]
    [InlineData("displayName eq \"a\" and (id eq \"x\" or id eq \"y\")")]
    [InlineData("not (displayName eq \"a\")")]
    [InlineData("displayName ne \"Ops\"")]
    [InlineData("displayName co \"Ops\"")]
    [InlineData("displayName sw \"Ops\"")]
    [InlineData("displayName pr")]
    [InlineData("meta.lastModified gt \"2011-05-13T04:42:34Z\"")]
    [InlineData("members[value co \"u\"]")]
    [InlineData("urn:okta:custom:group:1.0:description eq \"Builds things\"")]
    [InlineData("urn:acme:groups:displayName eq \"Ops\"")]
    [InlineData("displayName eq null")]
    [InlineData("not (members pr)")]
    public void Translate_AnyOtherFilter_GoesToTheGeneralTranslation(string text)
    {
        var result = ScimGroupFilterTranslator.Translate(text);

        Assert.True(result.IsSuccess, result.Problem?.Detail);
        Assert.Empty(result.Value.Conditions);
        Assert.NotNull(result.Value.Expression);
    }

    [Theory]
    [InlineData("members.display eq \"Ada\"")]
    [InlineData("members[display eq \"Ada\"]")]
    [InlineData("displayName.value eq \"Ops\"")]
    [InlineData("description eq \"Builds things\"")]
    [InlineData("userName eq \"ada\"")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:displayName eq \"Ops\"")]
    [InlineData("displayName eq true")]
    [InlineData("members eq false")]
    [InlineData("Engineering")]
    [InlineData("displayName eq")]
    [InlineData("displayName eq \"unterminated")]
    public void Translate_UnsupportedOrUnreadable_IsInvalidFilter(string text)
    {
        var result = ScimGroupFilterTranslator.Translate(text);

        Assert.False(result.IsSuccess);
        Assert.Equal("invalidFilter", result.Problem.ScimType);
        Assert.Equal(400, result.Problem.Status);
    }

    private static IReadOnlyList<GroupCondition> Conditions(string text)
    {
        var result = ScimGroupFilterTranslator.Translate(text);
        Assert.True(result.IsSuccess, result.Problem?.Detail);
        return result.Value.Conditions;
    }
}
