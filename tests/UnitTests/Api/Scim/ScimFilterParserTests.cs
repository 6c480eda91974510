using Platform.Api.Scim.Common.Filtering;

namespace Platform.UnitTests.Api.Scim;

public sealed class ScimFilterParserTests
{
    private const string CoreUser = "urn:ietf:params:scim:schemas:core:2.0:User";
    private const string EnterpriseUser = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    [Fact]
    public void Parse_OktaUserNameEq_IsEqualityOnUserName()
    {
        var filter = Parsed("userName eq \"a@b.c\"");

        Assert.Equal(Eq(new AttributePath("userName"), "a@b.c"), filter);
    }

    [Fact]
    public void Parse_KeywordsAndNamesInAnyCase_KeepsTheValueAsWritten()
    {
        var filter = Assert.IsType<ComparisonFilter>(Parsed("USERNAME Eq \"A@B.C\""));

        Assert.Equal(ComparisonOperator.Equal, filter.Operator);
        Assert.Equal("username", filter.Path.NormalizedName);
        Assert.Equal("USERNAME", filter.Path.Name);
        Assert.Equal(new StringValue("A@B.C"), filter.Value);
    }

    [Theory]
    [InlineData("externalId eq \"00u1\"", "externalid", "00u1")]
    [InlineData("displayName eq \"Group One\"", "displayname", "Group One")]
    [InlineData("id eq \"2819c223-7f76-453a-919d-413861904646\"", "id", "2819c223-7f76-453a-919d-413861904646")]
    [InlineData("emails.value eq \"x\"", "emails.value", "x")]
    [InlineData("name.givenName eq \"Barbara\"", "name.givenname", "Barbara")]
    public void Parse_OktaAndEntraEqualityShapes_NameTheAttributeAndValue(string text, string normalizedName, string value)
    {
        var filter = Assert.IsType<ComparisonFilter>(Parsed(text));

        Assert.Equal(normalizedName, filter.Path.NormalizedName);
        Assert.Equal(ComparisonOperator.Equal, filter.Operator);
        Assert.Equal(new StringValue(value), filter.Value);
    }

    [Fact]
    public void Parse_SubAttribute_SplitsNameAndSubAttribute()
    {
        var filter = Assert.IsType<ComparisonFilter>(Parsed("name.givenName eq \"B\""));

        Assert.Equal("name", filter.Path.Name);
        Assert.Equal("givenName", filter.Path.SubAttribute);
        Assert.Null(filter.Path.SchemaUrn);
    }

    [Theory]
    [InlineData("eq", ComparisonOperator.Equal)]
    [InlineData("NE", ComparisonOperator.NotEqual)]
    [InlineData("co", ComparisonOperator.Contains)]
    [InlineData("Sw", ComparisonOperator.StartsWith)]
    [InlineData("ew", ComparisonOperator.EndsWith)]
    [InlineData("gt", ComparisonOperator.GreaterThan)]
    [InlineData("ge", ComparisonOperator.GreaterThanOrEqual)]
    [InlineData("lt", ComparisonOperator.LessThan)]
    [InlineData("LE", ComparisonOperator.LessThanOrEqual)]
    public void Parse_EachComparisonKeyword_MapsToItsOperator(string keyword, ComparisonOperator expected)
    {
        var filter = Assert.IsType<ComparisonFilter>(Parsed($"title {keyword} \"x\""));

        Assert.Equal(expected, filter.Operator);
    }

    [Theory]
    [InlineData("title pr")]
    [InlineData("title PR")]
    [InlineData("  title   pr  ")]
    public void Parse_Present_IsPresentFilter(string text)
    {
        Assert.Equal(new PresentFilter(new AttributePath("title")), Parsed(text));
    }

    [Fact]
    public void Parse_CoreSchemaUrnPrefix_KeepsTheUrnApartFromTheName()
    {
        var filter = Assert.IsType<ComparisonFilter>(Parsed($"{CoreUser}:userName eq \"bjensen\""));

        Assert.Equal(CoreUser, filter.Path.SchemaUrn);
        Assert.Equal("userName", filter.Path.Name);
        Assert.Equal("username", filter.Path.NormalizedName);
    }

    [Fact]
    public void Parse_EnterpriseExtensionUrnWithDotsInVersion_SplitsAtTheLastColon()
    {
        var filter = Assert.IsType<ComparisonFilter>(Parsed($"{EnterpriseUser}:employeeNumber eq \"701984\""));

        Assert.Equal(new AttributePath("employeeNumber", SchemaUrn: EnterpriseUser), filter.Path);
    }

    [Fact]
    public void Parse_EnterpriseExtensionSubAttribute_KeepsUrnNameAndSubAttribute()
    {
        var filter = Assert.IsType<ComparisonFilter>(Parsed($"{EnterpriseUser}:manager.value eq \"26118915-6090-4610-87e4-49d8ca9f808d\""));

        Assert.Equal(new AttributePath("manager", "value", EnterpriseUser), filter.Path);
    }

    [Fact]
    public void Parse_Scim11CoreUrn_SplitsAtTheLastColon()
    {
        var filter = Assert.IsType<ComparisonFilter>(Parsed("urn:scim:schemas:core:1.0:userName eq \"bjensen\""));

        Assert.Equal(new AttributePath("userName", SchemaUrn: "urn:scim:schemas:core:1.0"), filter.Path);
    }

    [Fact]
    public void Parse_AndBindsTighterThanOr_GroupsTheAndFirst()
    {
        var filter = Parsed("title pr or userType eq \"Employee\" and active eq true");

        var expected = new LogicalFilter(
            LogicalOperator.Or,
            Present("title"),
            new LogicalFilter(LogicalOperator.And, Eq(new AttributePath("userType"), "Employee"), new ComparisonFilter(new AttributePath("active"), ComparisonOperator.Equal, new BooleanValue(true))));
        Assert.Equal(expected, filter);
    }

    [Fact]
    public void Parse_AndBeforeOr_GroupsTheAndFirst()
    {
        var filter = Parsed("a pr and b pr or c pr");

        Assert.Equal(new LogicalFilter(LogicalOperator.Or, new LogicalFilter(LogicalOperator.And, Present("a"), Present("b")), Present("c")), filter);
    }

    [Fact]
    public void Parse_Parentheses_OverridePrecedence()
    {
        var filter = Parsed("(a pr or b pr) and c pr");

        Assert.Equal(new LogicalFilter(LogicalOperator.And, new LogicalFilter(LogicalOperator.Or, Present("a"), Present("b")), Present("c")), filter);
    }

    [Fact]
    public void Parse_ChainOfOr_IsLeftAssociative()
    {
        var filter = Parsed("a pr OR b pr Or c pr");

        Assert.Equal(new LogicalFilter(LogicalOperator.Or, new LogicalFilter(LogicalOperator.Or, Present("a"), Present("b")), Present("c")), filter);
    }

    [Fact]
    public void Parse_Not_WrapsTheParenthesisedFilter()
    {
        var filter = Parsed("NOT (a pr and b pr) or c pr");

        Assert.Equal(new LogicalFilter(LogicalOperator.Or, new NotFilter(new LogicalFilter(LogicalOperator.And, Present("a"), Present("b"))), Present("c")), filter);
    }

    [Fact]
    public void Parse_NotWithoutSpaceBeforeParenthesis_IsStillNot()
    {
        Assert.Equal(new NotFilter(Present("a")), Parsed("not(a pr)"));
    }

    [Fact]
    public void Parse_AttributeCalledNot_IsAnAttributeWhenNoParenthesisFollows()
    {
        Assert.Equal(Present("not"), Parsed("not pr"));
    }

    [Fact]
    public void Parse_RedundantParentheses_LeaveNoNode()
    {
        Assert.Equal(Present("a"), Parsed("((a pr))"));
    }

    [Fact]
    public void Parse_ValuePath_FiltersTheMultiValuedAttribute()
    {
        var filter = Parsed("emails[type eq \"work\"]");

        Assert.Equal(new ValuePathFilter(new AttributePath("emails"), Eq(new AttributePath("type"), "work")), filter);
    }

    [Fact]
    public void Parse_MembersValuePath_FiltersMembersByValue()
    {
        var filter = Parsed("members[value eq \"abc\"]");

        Assert.Equal(new ValuePathFilter(new AttributePath("members"), Eq(new AttributePath("value"), "abc")), filter);
    }

    [Fact]
    public void Parse_ValuePathWithLogicalInside_KeepsTheInnerTree()
    {
        var filter = Parsed("emails[type eq \"work\" and value co \"@x\"] and userName pr");

        var inner = new LogicalFilter(LogicalOperator.And, Eq(new AttributePath("type"), "work"), new ComparisonFilter(new AttributePath("value"), ComparisonOperator.Contains, new StringValue("@x")));
        Assert.Equal(new LogicalFilter(LogicalOperator.And, new ValuePathFilter(new AttributePath("emails"), inner), Present("userName")), filter);
    }

    [Fact]
    public void Parse_ValuePathWithNotInside_IsAccepted()
    {
        var filter = Parsed("emails[not (type eq \"home\")]");

        Assert.Equal(new ValuePathFilter(new AttributePath("emails"), new NotFilter(Eq(new AttributePath("type"), "home"))), filter);
    }

    [Theory]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("\"a\\\\b\"", "a\\b")]
    [InlineData("\"a\\/b\"", "a/b")]
    [InlineData("\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t")]
    [InlineData("\"\\u00e9t\\u00C9\"", "étÉ")]
    [InlineData("\"\\ud83d\\ude00\"", "\U0001F600")]
    [InlineData("\"\"", "")]
    [InlineData("\"a]b)c\"", "a]b)c")]
    public void Parse_StringEscapes_AreDecoded(string literal, string expected)
    {
        var filter = Assert.IsType<ComparisonFilter>(Parsed($"displayName eq {literal}"));

        Assert.Equal(new StringValue(expected), filter.Value);
    }

    [Theory]
    [InlineData("displayName eq \"Grüppe 日本 😀\"", "Grüppe 日本 😀")]
    [InlineData("displayName eq \"Ünïcödé\"", "Ünïcödé")]
    public void Parse_UnicodeInString_IsKeptAsWritten(string text, string expected)
    {
        var filter = Assert.IsType<ComparisonFilter>(Parsed(text));

        Assert.Equal(new StringValue(expected), filter.Value);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("42", "42")]
    [InlineData("-7", "-7")]
    [InlineData("3.25", "3.25")]
    [InlineData("1e3", "1000")]
    [InlineData("2.5E-1", "0.25")]
    [InlineData("1e+2", "100")]
    [InlineData("12345678901234567890", "12345678901234567890")]
    public void Parse_Numbers_AreExactDecimals(string literal, string expected)
    {
        var filter = Assert.IsType<ComparisonFilter>(Parsed($"age ge {literal}"));

        Assert.Equal(new NumberValue(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), filter.Value);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("FALSE", false)]
    public void Parse_Booleans_InAnyCase(string literal, bool expected)
    {
        var filter = Assert.IsType<ComparisonFilter>(Parsed($"active eq {literal}"));

        Assert.Equal(new BooleanValue(expected), filter.Value);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("NULL")]
    public void Parse_Null_IsTheNullValue(string literal)
    {
        var filter = Assert.IsType<ComparisonFilter>(Parsed($"title eq {literal}"));

        Assert.Same(NullValue.Instance, filter.Value);
    }

    [Fact]
    public void Parse_NoSpacesAroundQuotedValue_IsAccepted()
    {
        Assert.Equal(Eq(new AttributePath("userName"), "x"), Parsed("userName eq\"x\""));
    }

    [Fact]
    public void Parse_RefSubAttribute_IsAnAttributeName()
    {
        var filter = Assert.IsType<PresentFilter>(Parsed("members.$ref pr"));

        Assert.Equal(new AttributePath("members", "$ref"), filter.Path);
    }

    [Fact]
    public void Parse_NestingAtTheLimit_Succeeds()
    {
        var depth = ScimFilterParser.MaxDepth;
        var text = new string('(', depth) + "a pr" + new string(')', depth);

        Assert.Equal(Present("a"), Parsed(text));
    }

    [Fact]
    public void Parse_LongestAllowedChain_SucceedsAsOneTree()
    {
        const string term = "a pr or ";
        var count = (ScimFilterParser.MaxLength - 4) / term.Length;
        var text = string.Concat(Enumerable.Repeat(term, count)) + "a pr";

        var filter = Parsed(text);

        Assert.True(text.Length <= ScimFilterParser.MaxLength);
        Assert.Equal(count + 1, CountPresent(filter));
    }

    // Okta's SCIM 1.1 SPEC test sends the user name alone and expects 400.
    [Fact]
    public void Parse_BareValueWithoutOperator_Fails()
    {
        var error = Failure("SOMEUSERNAME");

        Assert.Contains("expected an operator", error.Detail, StringComparison.Ordinal);
        Assert.Contains("'SOMEUSERNAME'", error.Detail, StringComparison.Ordinal);
        Assert.Equal(13, error.Position);
    }

    [Fact]
    public void Parse_BareEmailWithoutOperator_Fails()
    {
        var error = Failure("a@b.c");

        Assert.Contains("'@'", error.Detail, StringComparison.Ordinal);
        Assert.Equal(2, error.Position);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_Empty_Fails(string? text)
    {
        var result = ScimFilterParser.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Equal("The filter is empty.", result.Problem.Detail);
    }

    [Fact]
    public void Parse_EqWithNoValue_FailsAtTheEnd()
    {
        var error = Failure("userName eq");

        Assert.Contains("expected a value after 'eq'", error.Detail, StringComparison.Ordinal);
        Assert.Contains("the end of the filter", error.Detail, StringComparison.Ordinal);
        Assert.Equal(12, error.Position);
    }

    [Theory]
    [InlineData("userName eq bjensen", "'bjensen'")]
    [InlineData("userName eq truex", "'truex'")]
    [InlineData("userName eq )", "')'")]
    public void Parse_UnquotedValue_Fails(string text, string found)
    {
        var error = Failure(text);

        Assert.Contains("expected a value", error.Detail, StringComparison.Ordinal);
        Assert.Contains(found, error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownOperator_Fails()
    {
        var error = Failure("userName like \"x\"");

        Assert.Contains("expected an operator", error.Detail, StringComparison.Ordinal);
        Assert.Contains("'like'", error.Detail, StringComparison.Ordinal);
        Assert.Equal(10, error.Position);
    }

    [Theory]
    [InlineData("userName eq \"x\" foo", 17)]
    [InlineData("userName eq \"x\" \"y\"", 17)]
    [InlineData("userName eq \"x\")", 16)]
    [InlineData("userName eq 5abc", 14)]
    [InlineData("title pr pr", 10)]
    [InlineData("emails[type eq \"work\"].value eq \"x\"", 23)]
    public void Parse_TrailingGarbage_FailsWhereItStarts(string text, int position)
    {
        var error = Failure(text);

        Assert.Equal(position, error.Position);
        Assert.Contains("expected 'and', 'or' or the end of the filter", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("userName eq \"abc")]
    [InlineData("userName eq \"abc\\\"")]
    [InlineData("userName eq \"")]
    public void Parse_UnterminatedString_Fails(string text)
    {
        var error = Failure(text);

        Assert.Contains("not closed", error.Detail, StringComparison.Ordinal);
        Assert.Equal(13, error.Position);
    }

    [Theory]
    [InlineData("userName eq \"a\\x\"")]
    [InlineData("userName eq \"a\\u12\"")]
    [InlineData("userName eq \"a\\uZZZZ\"")]
    [InlineData("userName eq \"a\\")]
    public void Parse_InvalidEscape_Fails(string text)
    {
        var error = Failure(text);

        Assert.Contains("invalid escape", error.Detail, StringComparison.Ordinal);
        Assert.Equal(15, error.Position);
    }

    [Theory]
    [InlineData("userName eq \"\\ud83d\"")]
    [InlineData("userName eq \"\\ude00x\"")]
    public void Parse_UnpairedEscapedSurrogate_Fails(string text)
    {
        var error = Failure(text);

        Assert.Contains("surrogate", error.Detail, StringComparison.Ordinal);
    }

    // Built in code: attribute arguments are stored as UTF-8, which would turn a lone surrogate into U+FFFD.
    [Fact]
    public void Parse_UnpairedRawSurrogate_Fails()
    {
        var error = Failure("userName eq \"a" + '\ud83d' + "\"");

        Assert.Contains("surrogate", error.Detail, StringComparison.Ordinal);
        Assert.Equal(13, error.Position);
    }

    [Theory]
    [InlineData("userName eq \"a\nb\"", 15)]
    [InlineData("userName eq \"a\0b\"", 15)]
    [InlineData("userName eq \"a\u001fb\"", 15)]
    public void Parse_RawControlCharacterInString_Fails(string text, int position)
    {
        var error = Failure(text);

        Assert.Contains("must be escaped", error.Detail, StringComparison.Ordinal);
        Assert.Equal(position, error.Position);
    }

    [Theory]
    [InlineData("userName\0eq \"x\"", "U+0000")]
    [InlineData("userName eq\n\"x\"", "U+000A")]
    [InlineData("\u0007", "U+0007")]
    public void Parse_ControlCharacterBetweenTokens_Fails(string text, string described)
    {
        var error = Failure(text);

        Assert.Contains(described, error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("üserName eq \"x\"")]
    [InlineData("user\u00A0Name eq \"x\"")]
    [InlineData("名前 eq \"x\"")]
    public void Parse_NonAsciiAttributeName_Fails(string text)
    {
        Assert.False(ScimFilterParser.Parse(text).IsSuccess);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("-")]
    [InlineData("-x")]
    [InlineData("1.")]
    [InlineData("1e")]
    [InlineData("1e+")]
    public void Parse_MalformedNumber_Fails(string literal)
    {
        var error = Failure($"age eq {literal}");

        Assert.Equal(8, error.Position);
    }

    [Fact]
    public void Parse_NumberBeyondDecimal_FailsAsOutOfRange()
    {
        var error = Failure("age eq 1e400");

        Assert.Contains("out of range", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("foo:bar eq \"x\"")]
    [InlineData("urn: eq \"x\"")]
    [InlineData("urn::x eq \"x\"")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User: eq \"x\"")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0 eq \"x\"")]
    [InlineData("name.givenName.x eq \"x\"")]
    [InlineData("name. eq \"x\"")]
    [InlineData(".name eq \"x\"")]
    [InlineData("1abc eq \"x\"")]
    [InlineData("$abc eq \"x\"")]
    public void Parse_MalformedAttributePath_Fails(string text)
    {
        var error = Failure(text);

        Assert.Contains("is not an attribute path", error.Detail, StringComparison.Ordinal);
        Assert.Equal(1, error.Position);
    }

    [Theory]
    [InlineData("\"x\" eq userName", "a quoted string")]
    [InlineData("eq \"x\"", "expected an operator")]
    [InlineData("and", "expected an operator")]
    [InlineData("(", "expected an attribute name")]
    [InlineData("()", "expected an attribute name")]
    [InlineData("a pr and", "expected an attribute name")]
    [InlineData("a pr or or b pr", "expected an operator")]
    [InlineData("not (a pr", "expected ')'")]
    [InlineData("(a pr", "expected ')' to close the '(' at position 1")]
    [InlineData("emails[type eq \"work\"", "expected ']'")]
    [InlineData("emails[]", "expected an attribute name")]
    [InlineData("not a pr", "expected an operator")]
    public void Parse_StrayOrMissingTokens_Fail(string text, string expected)
    {
        var error = Failure(text);

        Assert.Contains(expected, error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestedValuePath_Fails()
    {
        var error = Failure("emails[type[value eq \"x\"] pr]");

        Assert.Contains("cannot contain another one", error.Detail, StringComparison.Ordinal);
        Assert.Equal(12, error.Position);
    }

    [Fact]
    public void Parse_ValuePathAfterSubAttribute_Fails()
    {
        var error = Failure("name.givenName[value eq \"x\"]");

        Assert.Contains("names a sub-attribute", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooLong_FailsBeforeReading()
    {
        var text = "userName eq \"" + new string('a', ScimFilterParser.MaxLength) + "\"";

        var error = Failure(text);

        Assert.Contains($"at most {ScimFilterParser.MaxLength}", error.Detail, StringComparison.Ordinal);
        Assert.Null(error.Position);
    }

    [Fact]
    public void Parse_NestingBeyondTheLimit_Fails()
    {
        var depth = ScimFilterParser.MaxDepth + 1;
        var text = new string('(', depth) + "a pr" + new string(')', depth);

        var error = Failure(text);

        Assert.Contains($"deeper than {ScimFilterParser.MaxDepth}", error.Detail, StringComparison.Ordinal);
        Assert.Equal(depth, error.Position);
    }

    [Fact]
    public void Parse_ThousandsOfOpenParentheses_FailsOnDepthNotStack()
    {
        var text = new string('(', ScimFilterParser.MaxLength);

        var error = Failure(text);

        Assert.Contains("deeper than", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeeplyNestedNot_FailsOnDepth()
    {
        var text = string.Concat(Enumerable.Repeat("not (", 100)) + "a pr" + new string(')', 100);

        var error = Failure(text);

        Assert.Contains("deeper than", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LongUnquotedWord_QuotesOnlyItsStartInTheMessage()
    {
        var word = new string('x', 3000);

        var error = Failure(word);

        Assert.Contains("'" + new string('x', 40) + "…'", error.Detail, StringComparison.Ordinal);
        Assert.True(error.Detail.Length < 200);
    }

    private static ScimFilter Parsed(string text)
    {
        var result = ScimFilterParser.Parse(text);
        Assert.True(result.IsSuccess, result.Problem?.Detail);
        return result.Value;
    }

    private static Platform.Api.Scim.Common.ScimProblem Failure(string text)
    {
        var result = ScimFilterParser.Parse(text);
        Assert.False(result.IsSuccess, $"'{text}' parsed, but should not have.");
        Assert.Throws<InvalidOperationException>(() => result.Value);
        return result.Problem;
    }

    private static ComparisonFilter Eq(AttributePath path, string value) => new(path, ComparisonOperator.Equal, new StringValue(value));

    private static PresentFilter Present(string name) => new(new AttributePath(name));

    private static int CountPresent(ScimFilter filter) => filter switch
    {
        PresentFilter => 1,
        LogicalFilter logical => CountPresent(logical.Left) + CountPresent(logical.Right),
        _ => 0,
    };
}
