using Microsoft.Extensions.Primitives;
using Platform.Api.Scim.Common;

namespace Platform.UnitTests.Api.Scim.Common;

public sealed class ScimEntityTagsTests
{
    [Theory]
    [InlineData("W/\"3\"", new[] { 3 })]
    [InlineData("\"3\"", new[] { 3 })]
    [InlineData("  W/\"3\"  ", new[] { 3 })]
    [InlineData("W/\"1\", \"2\",W/\"30\"", new[] { 1, 2, 30 })]
    [InlineData("\"a,b\", W/\"4\"", new[] { 4 })]
    [InlineData("\"abc\"", new int[0])]
    [InlineData("W/\"-1\", \"+2\", \" 3\"", new int[0])]
    [InlineData("3, W/\"5\"", new[] { 5 })]
    [InlineData("W/\"7", new int[0])]
    public void Parse_EntityTags_GivesTheirVersions(string header, int[] versions)
    {
        var parsed = ScimEntityTags.Parse(header);

        Assert.NotNull(parsed);
        Assert.False(parsed.Any);
        Assert.Equal(versions, parsed.Versions);
    }

    [Theory]
    [InlineData("*")]
    [InlineData(" * ")]
    public void Parse_Star_MatchesAnyVersion(string header)
    {
        var parsed = ScimEntityTags.Parse(header);

        Assert.NotNull(parsed);
        Assert.True(parsed.Allows(0));
        Assert.True(parsed.Allows(12345));
    }

    [Fact]
    public void Parse_SeveralHeaderLines_CombinesThem()
    {
        var parsed = ScimEntityTags.Parse(new StringValues(["W/\"1\"", "\"2\""]));

        Assert.Equal([1, 2], parsed!.Versions);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_NoHeader_IsNoCondition(string? header)
    {
        Assert.Null(ScimEntityTags.Parse(header is null ? StringValues.Empty : new StringValues(header)));
    }

    [Fact]
    public void Allows_OnlyTheNamedVersions()
    {
        var parsed = ScimEntityTags.Parse("W/\"2\", W/\"4\"")!;

        Assert.True(parsed.Allows(4));
        Assert.False(parsed.Allows(3));
    }

    [Fact]
    public void Allows_UnreadableTagsOnly_MatchesNothing()
    {
        Assert.False(ScimEntityTags.Parse("\"not-a-version\"")!.Allows(0));
    }
}
