using Platform.Api.Scim.Common.Patching;

namespace Platform.UnitTests.Api.Scim;

public sealed class ScimPatchOperationParserTests
{
    [Theory]
    [InlineData("add", ScimPatchOperation.Add)]
    [InlineData("Add", ScimPatchOperation.Add)]
    [InlineData("ADD", ScimPatchOperation.Add)]
    [InlineData("replace", ScimPatchOperation.Replace)]
    [InlineData("Replace", ScimPatchOperation.Replace)]
    [InlineData("remove", ScimPatchOperation.Remove)]
    [InlineData("Remove", ScimPatchOperation.Remove)]
    [InlineData("rEmOvE", ScimPatchOperation.Remove)]
    public void Parse_KnownOperationInAnyCase_IsTheOperation(string op, ScimPatchOperation expected)
    {
        var result = ScimPatchOperationParser.Parse(op);

        Assert.True(result.IsSuccess);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("delete")]
    [InlineData("copy")]
    [InlineData(" add")]
    [InlineData("add ")]
    [InlineData("adds")]
    public void Parse_UnknownOperation_FailsNamingIt(string op)
    {
        var result = ScimPatchOperationParser.Parse(op);

        Assert.False(result.IsSuccess);
        Assert.Contains($"'{op}' is not a PATCH operation", result.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingOperation_Fails()
    {
        var result = ScimPatchOperationParser.Parse(null);

        Assert.False(result.IsSuccess);
        Assert.Contains("no 'op'", result.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HugeOperation_QuotesOnlyItsStart()
    {
        var result = ScimPatchOperationParser.Parse(new string('x', 10_000));

        Assert.False(result.IsSuccess);
        Assert.True(result.Problem.Detail.Length < 150);
    }
}
