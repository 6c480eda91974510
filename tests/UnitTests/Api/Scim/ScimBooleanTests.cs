using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;

namespace Platform.UnitTests.Api.Scim;

public sealed class ScimBooleanTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"False\"", false)]
    [InlineData("\"True\"", true)]
    [InlineData("\"FALSE\"", false)]
    [InlineData("\"tRuE\"", true)]
    public void Read_JsonElementBooleanOrBooleanString_IsTheBoolean(string json, bool expected)
    {
        using var document = JsonDocument.Parse(json);

        var result = ScimBoolean.Read(document.RootElement);

        Assert.True(result.IsSuccess);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"False\"", false)]
    [InlineData("\"true\"", true)]
    public void Read_ParsedJsonNode_IsTheBoolean(string json, bool expected)
    {
        var result = ScimBoolean.Read(JsonNode.Parse(json));

        Assert.True(result.IsSuccess);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void Read_JsonNodeBuiltFromValues_IsTheBoolean()
    {
        Assert.False(ScimBoolean.Read(JsonValue.Create(false)).Value);
        Assert.True(ScimBoolean.Read(JsonValue.Create("TRUE")).Value);
    }

    [Theory]
    [InlineData("1", "found number")]
    [InlineData("0", "found number")]
    [InlineData("null", "found null")]
    [InlineData("{}", "found object")]
    [InlineData("[true]", "found array")]
    [InlineData("\"yes\"", "found the string 'yes'")]
    [InlineData("\"\"", "found the string ''")]
    [InlineData("\" true\"", "found the string ' true'")]
    [InlineData("\"1\"", "found the string '1'")]
    public void Read_AnythingElse_Fails(string json, string found)
    {
        using var document = JsonDocument.Parse(json);

        var fromElement = ScimBoolean.Read(document.RootElement);
        var fromNode = ScimBoolean.Read(JsonNode.Parse(json));

        Assert.False(fromElement.IsSuccess);
        Assert.Contains(found, fromElement.Problem.Detail, StringComparison.Ordinal);
        Assert.False(fromNode.IsSuccess);
        Assert.Contains(found, fromNode.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingNodeOrUndefinedElement_Fails()
    {
        Assert.Contains("found null", ScimBoolean.Read((JsonNode?)null).Problem?.Detail, StringComparison.Ordinal);
        Assert.Contains("found undefined", ScimBoolean.Read(default(JsonElement)).Problem?.Detail, StringComparison.Ordinal);
    }
}
