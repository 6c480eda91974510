using Platform.Api.Scim.Common.Users;
using Platform.Application.Directory.Users;

namespace Platform.UnitTests.Api.Scim.Common.Users;

public sealed class ScimUserFilterTranslatorTests
{
    [Theory]
    [InlineData("userName eq \"Ada@Example.com\"", UserFilterField.UserName, "Ada@Example.com")]
    [InlineData("externalId eq \"00u1okta\"", UserFilterField.ExternalId, "00u1okta")]
    [InlineData("id eq \"0197a1b2-0000-7000-8000-000000000001\"", UserFilterField.Id, "0197a1b2-0000-7000-8000-000000000001")]
    [InlineData("displayName eq \"Ada Lovelace\"", UserFilterField.DisplayName, "Ada Lovelace")]
    [InlineData("active eq true", UserFilterField.Active, "true")]
    [InlineData("active eq false", UserFilterField.Active, "false")]
    [InlineData("active eq \"False\"", UserFilterField.Active, "false")]
    [InlineData("externalId eq 1815", UserFilterField.ExternalId, "1815")]
    public void Translate_SupportedComparison_IsOneCondition(string text, UserFilterField field, string value)
    {
        Assert.Equal([new UserCondition(field, value)], Conditions(text));
    }

    [Theory]
    [InlineData("USERNAME EQ \"ada\"", UserFilterField.UserName)]
    [InlineData("username Eq \"ada\"", UserFilterField.UserName)]
    [InlineData("EXTERNALID eq \"ada\"", UserFilterField.ExternalId)]
    [InlineData("DisplayName eq \"ada\"", UserFilterField.DisplayName)]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"ada\"", UserFilterField.UserName)]
    [InlineData("URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:USERNAME eq \"ada\"", UserFilterField.UserName)]
    [InlineData("urn:scim:schemas:core:1.0:userName eq \"ada\"", UserFilterField.UserName)]
    public void Translate_AttributeOrOperatorInAnyCaseOrUrnQualified_IsRecognised(string text, UserFilterField field)
    {
        Assert.Equal([new UserCondition(field, "ada")], Conditions(text));
    }

    [Fact]
    public void Translate_AndChain_KeepsEveryConditionInOrder()
    {
        var conditions = Conditions("userName eq \"ada\" and active eq true AND (externalId eq \"x\")");

        Assert.Equal(
            [
                new UserCondition(UserFilterField.UserName, "ada"),
                new UserCondition(UserFilterField.Active, "true"),
                new UserCondition(UserFilterField.ExternalId, "x"),
            ],
            conditions);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Translate_NoFilter_IsEveryUser(string? text)
    {
        var result = ScimUserFilterTranslator.Translate(text);

        Assert.True(result.IsSuccess);
        Assert.Same(UserFilter.All, result.Value);
    }

    [Theory]
    [InlineData("userName eq \"a\" or userName eq \"b\"")]
    [InlineData("userName eq \"a\" and (active eq true or active eq false)")]
    [InlineData("not (userName eq \"a\")")]
    [InlineData("userName ne \"a\"")]
    [InlineData("userName co \"a\"")]
    [InlineData("userName sw \"a\"")]
    [InlineData("userName ew \"a\"")]
    [InlineData("meta.lastModified gt \"2011-05-13T04:42:34Z\"")]
    [InlineData("userName pr")]
    [InlineData("title eq \"Countess\"")]
    [InlineData("name.givenName eq \"Ada\"")]
    [InlineData("emails eq \"ada@example.com\"")] // multi-valued: the general translation's indexed lookup (EmailValuesIndex)
    [InlineData("emails[value eq \"ada@example.com\"]")]
    [InlineData("emails.type eq \"work\"")]
    [InlineData("emails[type eq \"work\"]")]
    [InlineData("emails[value co \"ada\"]")]
    [InlineData("emails[value eq \"a\" and type eq \"work\"]")]
    [InlineData("phoneNumbers eq \"+1 555 0100\"")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"Finance\"")]
    [InlineData("urn:scim:schemas:extension:enterprise:1.0:employeeNumber eq \"1815\"")]
    [InlineData("urn:okta:custom:user:userName eq \"ada\"")]
    [InlineData("userName eq null")]
    [InlineData("active eq null")]
    [InlineData("groups.value eq \"x\"")]
    public void Translate_AnyOtherFilter_GoesToTheGeneralTranslation(string text)
    {
        var result = ScimUserFilterTranslator.Translate(text);

        Assert.True(result.IsSuccess, result.Problem?.Detail);
        Assert.Empty(result.Value.Conditions);
        Assert.NotNull(result.Value.Expression);
        Assert.False(result.Value.IsConjunctionOfEqualities);
    }

    [Theory]
    [InlineData("nosuch eq \"x\"")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:nosuch eq \"x\"")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:Group:displayName eq \"x\"")]
    [InlineData("emails[nosuch eq \"x\"]")]
    [InlineData("title[value eq \"x\"]")]
    [InlineData("name eq \"x\"")]
    [InlineData("password eq \"x\"")]
    [InlineData("groups.display eq \"x\"")]
    [InlineData("meta.lastModified gt \"notadate\"")]
    [InlineData("meta.lastModified co \"2011\"")]
    [InlineData("active gt \"x\"")]
    [InlineData("active co \"t\"")]
    [InlineData("userName gt null")]
    [InlineData("userName eq true")]
    [InlineData("active eq \"perhaps\"")]
    [InlineData("active eq \"1\"")]
    [InlineData("active eq 1")]
    [InlineData("ADA@EXAMPLE.COM")]
    [InlineData("userName eq")]
    [InlineData("userName eq \"unterminated")]
    public void Translate_UnsupportedOrUnreadable_IsInvalidFilter(string text)
    {
        var result = ScimUserFilterTranslator.Translate(text);

        Assert.False(result.IsSuccess);
        Assert.Equal("invalidFilter", result.Problem.ScimType);
        Assert.Equal(400, result.Problem.Status);
    }

    private static IReadOnlyList<UserCondition> Conditions(string text)
    {
        var result = ScimUserFilterTranslator.Translate(text);
        Assert.True(result.IsSuccess, result.Problem?.Detail);
        return result.Value.Conditions;
    }
}
