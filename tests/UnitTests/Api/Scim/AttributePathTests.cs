using Platform.Api.Scim.Common.Filtering;

namespace Platform.UnitTests.Api.Scim;

public sealed class AttributePathTests
{
    [Fact]
    public void Equals_DifferentCase_IsEqualWithTheSameHash()
    {
        var written = new AttributePath("userName", SchemaUrn: "urn:ietf:params:scim:schemas:core:2.0:User");
        var shouted = new AttributePath("USERNAME", SchemaUrn: "URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER");

        Assert.Equal(written, shouted);
        Assert.Equal(written.GetHashCode(), shouted.GetHashCode());
    }

    [Theory]
    [InlineData("name", "givenName", null, "name", "familyName", null)]
    [InlineData("name", "givenName", null, "name", null, null)]
    [InlineData("userName", null, null, "userName", null, "urn:ietf:params:scim:schemas:core:2.0:User")]
    public void Equals_DifferentParts_IsNotEqual(string name, string? sub, string? urn, string otherName, string? otherSub, string? otherUrn)
    {
        Assert.NotEqual(new AttributePath(name, sub, urn), new AttributePath(otherName, otherSub, otherUrn));
    }

    [Fact]
    public void NormalizedName_IsLowerCaseWithoutUrn()
    {
        var path = new AttributePath("Manager", "Value", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");

        Assert.Equal("manager.value", path.NormalizedName);
    }

    [Fact]
    public void ToString_IsThePathAsWritten()
    {
        var path = new AttributePath("manager", "value", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");

        Assert.Equal("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value", path.ToString());
        Assert.Equal("emails", new AttributePath("emails").ToString());
    }
}
