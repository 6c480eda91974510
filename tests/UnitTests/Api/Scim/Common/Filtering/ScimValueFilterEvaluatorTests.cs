using System.Text.Json.Nodes;
using Platform.Api.Scim.Common.Filtering;
using Platform.Application.Directory.Schema;

namespace Platform.UnitTests.Api.Scim.Common.Filtering;

public sealed class ScimValueFilterEvaluatorTests
{
    private static readonly AttributeDefinition Addresses = DirectoryCatalogue.User.Attribute("addresses")!;

    [Theory]
    [InlineData("type eq \"WORK\"", true)]
    [InlineData("type eq \"home\"", false)]
    [InlineData("type eq \"work\" and primary eq true", true)]
    [InlineData("type eq \"home\" or locality sw \"holly\"", true)]
    [InlineData("not (locality co \"wood\")", false)]
    [InlineData("postalCode pr", false)]
    [InlineData("region eq null", true)]
    [InlineData("primary eq false", false)]
    public void Matches_OneAddress_AsTheFilterSays(string filter, bool expected)
    {
        var address = JsonNode.Parse("""{"type":"work","locality":"Hollywood","primary":true}""");
        var parsed = ScimFilterParser.Parse($"addresses[{filter}]");

        Assert.Equal(expected, ScimValueFilterEvaluator.Matches(((ValuePathFilter)parsed.Value).Filter, Addresses, address));
    }
}
