using Platform.Api.Scim.Common.Patching;

namespace Platform.UnitTests.Api.Scim;

public sealed class PatchOperationTypeParserTests
{
    [Theory]
    [InlineData("add", PatchOperationType.Add)]
    [InlineData("Add", PatchOperationType.Add)]
    [InlineData("ADD", PatchOperationType.Add)]
    [InlineData("replace", PatchOperationType.Replace)]
    [InlineData("Replace", PatchOperationType.Replace)]
    [InlineData("remove", PatchOperationType.Remove)]
    [InlineData("Remove", PatchOperationType.Remove)]
    [InlineData("rEmOvE", PatchOperationType.Remove)]
    public void Parse_KnownOperationInAnyCase_IsTheOperation(string op, PatchOperationType expected)
    {
        var result = PatchOperationTypeParser.Parse(op);

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
        var result = PatchOperationTypeParser.Parse(op);

        Assert.False(result.IsSuccess);
        Assert.Contains($"'{op}' is not a PATCH operation", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingOperation_Fails()
    {
        var result = PatchOperationTypeParser.Parse(null);

        Assert.False(result.IsSuccess);
        Assert.Contains("no 'op'", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HugeOperation_QuotesOnlyItsStart()
    {
        var result = PatchOperationTypeParser.Parse(new string('x', 10_000));

        Assert.False(result.IsSuccess);
        Assert.True(result.Error.Message.Length < 150);
    }
}
