using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;
using Platform.Application.Directory.Schema;

namespace Platform.UnitTests.Api.Scim.Common;

/// <summary><see cref="ScimAttributeSelection.Apply"/> on a written user, with the catalogue's <c>returned</c>.</summary>
public sealed class ScimAttributeSelectionApplyTests
{
    private const string Enterprise = DirectoryCatalogue.EnterpriseUserUrn;
    private const string Custom = "urn:okta:acme:1.0:user:custom";

    private static JsonObject User() => JsonNode.Parse($$"""
        {"schemas":["{{DirectoryCatalogue.UserUrn}}","{{Enterprise}}","{{Custom}}"],"id":"u1","userName":"ada","name":{"givenName":"Ada","familyName":"Lovelace"},
         "emails":[{"value":"a@x","type":"work","primary":true}],"{{Enterprise}}":{"department":"R","manager":{"value":"m"} },
         "{{Custom}}":{"costCode":"C"},"meta":{"resourceType":"User"} }
        """)!.AsObject();

    private static JsonObject Apply(string? attributes, string? excluded) =>
        ScimAttributeSelection.From(attributes?.Split(','), excluded?.Split(',')).Apply(DirectoryCatalogue.UserType, User());

    [Fact]
    public void Apply_Nothing_ReturnsTheResourceAsWritten() =>
        Assert.True(JsonNode.DeepEquals(User(), Apply(null, null)));

    [Fact]
    public void Apply_AttributesWithSubAttributesAndCase_KeepsThoseWithIdAndSchemas()
    {
        var user = Apply("NAME.FAMILYNAME,emails.value,urn:ietf:params:scim:schemas:core:2.0:User:userName", null);

        Assert.Equal(
            $$"""{"schemas":["{{DirectoryCatalogue.UserUrn}}"],"id":"u1","userName":"ada","name":{"familyName":"Lovelace"},"emails":[{"value":"a@x"}]}""",
            user.ToJsonString());
    }

    [Fact]
    public void Apply_ExtensionAttributeAndWholeExtension_SelectInsideAndWhole()
    {
        var user = Apply($"{Enterprise}:manager.value,{Custom}", null);

        Assert.Equal("""{"manager":{"value":"m"}}""", user[Enterprise]!.ToJsonString());
        Assert.Equal("""{"costCode":"C"}""", user[Custom]!.ToJsonString());
        Assert.Equal(3, user["schemas"]!.AsArray().Count);
    }

    [Fact]
    public void Apply_ExcludedIdAndSubAttributes_KeepsIdAndDropsTheRest()
    {
        var user = Apply(null, $"id,name.givenName,{Enterprise}:department,{Custom},meta");

        Assert.Equal("u1", (string)user["id"]!);
        Assert.Equal("""{"familyName":"Lovelace"}""", user["name"]!.ToJsonString());
        Assert.Equal("""{"manager":{"value":"m"}}""", user[Enterprise]!.ToJsonString());
        Assert.Null(user[Custom]);
        Assert.Null(user["meta"]);
        Assert.DoesNotContain(Custom, user["schemas"]!.AsArray().Select(s => (string)s!));
    }
}
