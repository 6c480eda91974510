using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Filtering;
using Platform.Api.Scim.Common.Patching;

namespace Platform.UnitTests.Api.Scim;

public sealed class PatchPathParserTests
{
    private const string EnterpriseUser = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    [Theory]
    [InlineData("members", "members")]
    [InlineData("active", "active")]
    [InlineData("displayName", "displayname")]
    [InlineData("name.givenName", "name.givenname")]
    [InlineData("NAME.FamilyName", "name.familyname")]
    public void Parse_PlainAttribute_HasNoFilter(string text, string normalizedName)
    {
        var path = Parsed(text);

        Assert.Equal(normalizedName, path.Attribute.NormalizedName);
        Assert.Null(path.Attribute.SchemaUrn);
        Assert.Null(path.ValueFilter);
    }

    [Fact]
    public void Parse_EnterpriseAttribute_SplitsUrnAtTheLastColon()
    {
        var path = Parsed($"{EnterpriseUser}:employeeNumber");

        Assert.Equal(new PatchPath(new AttributePath("employeeNumber", SchemaUrn: EnterpriseUser)), path);
    }

    [Fact]
    public void Parse_EnterpriseManagerValue_KeepsSubAttribute()
    {
        var path = Parsed($"{EnterpriseUser}:manager.value");

        Assert.Equal("manager", path.Attribute.Name);
        Assert.Equal("value", path.Attribute.SubAttribute);
        Assert.Equal(EnterpriseUser, path.Attribute.SchemaUrn);
    }

    [Fact]
    public void Parse_UrnAlone_ReadsItsLastSegmentAsTheAttribute()
    {
        var path = Parsed(EnterpriseUser);

        Assert.Equal(new AttributePath("User", SchemaUrn: "urn:ietf:params:scim:schemas:extension:enterprise:2.0"), path.Attribute);
    }

    [Fact]
    public void Parse_OktaMemberRemoval_FiltersMembersByValue()
    {
        var path = Parsed("members[value eq \"2819c223\"]");

        var expected = new PatchPath(
            new AttributePath("members"),
            new ComparisonFilter(new AttributePath("value"), ComparisonOperator.Equal, new StringValue("2819c223")));
        Assert.Equal(expected, path);
    }

    [Fact]
    public void Parse_FilterThenSubAttribute_TargetsTheSubAttributeOfMatchingElements()
    {
        var path = Parsed("emails[type eq \"work\"].value");

        Assert.Equal(new AttributePath("emails", "value"), path.Attribute);
        Assert.Equal(new ComparisonFilter(new AttributePath("type"), ComparisonOperator.Equal, new StringValue("work")), path.ValueFilter);
    }

    [Fact]
    public void Parse_UrnPrefixedFilteredPath_KeepsAllThreeParts()
    {
        var path = Parsed("urn:ietf:params:scim:schemas:core:2.0:User:addresses[type eq \"work\" and primary eq true].streetAddress");

        Assert.Equal(new AttributePath("addresses", "streetAddress", "urn:ietf:params:scim:schemas:core:2.0:User"), path.Attribute);
        Assert.IsType<LogicalFilter>(path.ValueFilter);
    }

    [Fact]
    public void Parse_BracketInsideQuotedFilterValue_DoesNotEndTheFilter()
    {
        var path = Parsed("members[value eq \"a]b\"]");

        var filter = Assert.IsType<ComparisonFilter>(path.ValueFilter);
        Assert.Equal(new StringValue("a]b"), filter.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void Parse_Empty_Fails(string? text)
    {
        var result = PatchPathParser.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Equal("The path is empty.", result.Problem.Detail);
    }

    [Theory]
    [InlineData("members[", "expected an attribute name")]
    [InlineData("members[value eq \"x\"", "expected ']'")]
    [InlineData("members[value eq \"x\"]x", "expected the end of the path")]
    [InlineData("members[value eq \"x\"].", "expected a sub-attribute name")]
    [InlineData("emails[type eq \"work\"].value.x", "expected a sub-attribute name")]
    [InlineData("emails[type eq \"work\"][value pr]", "expected the end of the path")]
    [InlineData("name.givenName[value eq \"x\"]", "names a sub-attribute")]
    [InlineData("members[value[x pr] pr]", "cannot contain another one")]
    [InlineData("members value", "expected the end of the path")]
    [InlineData("a.b.c", "is not an attribute path")]
    [InlineData("foo:bar", "is not an attribute path")]
    [InlineData("\"members\"", "expected an attribute name")]
    [InlineData("members[value eq x]", "expected a value")]
    public void Parse_MalformedPath_FailsWithAReason(string text, string expected)
    {
        var result = PatchPathParser.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.StartsWith("Invalid path at position ", result.Problem.Detail, StringComparison.Ordinal);
        Assert.Contains(expected, result.Problem.Detail, StringComparison.Ordinal);
        Assert.NotNull(result.Problem.Position);
    }

    [Fact]
    public void Parse_TooLong_Fails()
    {
        var result = PatchPathParser.Parse(new string('a', ScimFilterParser.MaxLength + 1));

        Assert.False(result.IsSuccess);
        Assert.Contains($"at most {ScimFilterParser.MaxLength}", result.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeeplyNestedFilter_FailsOnDepth()
    {
        var depth = ScimFilterParser.MaxDepth;
        var result = PatchPathParser.Parse("members[" + new string('(', depth) + "value pr" + new string(')', depth) + "]");

        Assert.False(result.IsSuccess);
        Assert.Contains("deeper than", result.Problem.Detail, StringComparison.Ordinal);
    }

    private static PatchPath Parsed(string text)
    {
        ScimResult<PatchPath> result = PatchPathParser.Parse(text);
        Assert.True(result.IsSuccess, result.Problem?.Detail);
        return result.Value;
    }
}
