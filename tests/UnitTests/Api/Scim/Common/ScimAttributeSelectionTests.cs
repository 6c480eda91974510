using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Platform.Api.Scim.Common;

namespace Platform.UnitTests.Api.Scim.Common;

public sealed class ScimAttributeSelectionTests
{
    private const string OktaExtension = "urn:okta:custom:group:1.0";

    /// <summary>The selection a request with these query parameters asks for (null: the parameter is absent).</summary>
    internal static ScimAttributeSelection Select(string? attributes = null, string? excludedAttributes = null)
    {
        var query = new Dictionary<string, StringValues>();
        if (attributes is not null) query["attributes"] = attributes;
        if (excludedAttributes is not null) query["excludedAttributes"] = excludedAttributes;
        return ScimAttributeSelection.From(new QueryCollection(query));
    }

    [Fact]
    public void From_NoParameters_IncludesEveryAttributeAndIsNotExplicit()
    {
        var selection = Select();

        Assert.False(selection.IsExplicit);
        Assert.All(["displayName", "externalId", "members", "meta", OktaExtension], name => Assert.True(selection.Includes(name), name));
    }

    [Fact]
    public void From_AttributesList_IncludesOnlyThoseAndIsExplicit()
    {
        var selection = Select(attributes: "displayName,members");

        Assert.True(selection.IsExplicit);
        Assert.Equal(
            [true, true, false, false, false],
            Included(selection, "displayName", "members", "externalId", "meta", OktaExtension));
    }

    [Theory]
    [InlineData(" displayName , members ")]
    [InlineData("displayName,,members,")]
    [InlineData("DISPLAYNAME,Members")]
    public void From_SpacesEmptyEntriesAndCase_AreIgnored(string attributes)
    {
        var selection = Select(attributes: attributes);

        Assert.Equal([true, true, false], Included(selection, "displayName", "members", "externalId"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(",")]
    [InlineData(" , ,")]
    public void From_AttributesWithNoNames_IsNotExplicitAndIncludesEverything(string attributes)
    {
        var selection = Select(attributes: attributes);

        Assert.False(selection.IsExplicit);
        Assert.True(selection.Includes("members"));
    }

    [Fact]
    public void From_ExcludedAttributes_LeavesOutOnlyThoseAndIsNotExplicit()
    {
        var selection = Select(excludedAttributes: "members, meta");

        Assert.False(selection.IsExplicit);
        Assert.Equal([false, false, true, true], Included(selection, "members", "meta", "displayName", OktaExtension));
    }

    [Theory]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:Group:displayName")]
    [InlineData("urn:scim:schemas:core:1.0:displayName")]
    [InlineData("URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:GROUP:DISPLAYNAME")]
    public void From_UrnQualifiedCoreName_SelectsThatAttribute(string name)
    {
        var selection = Select(attributes: name);

        Assert.Equal([true, false], Included(selection, "displayName", "members"));
    }

    [Theory]
    [InlineData("members.value")]
    [InlineData("members.display")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:Group:members.value")]
    public void From_SubAttribute_SelectsItsAttribute(string name)
    {
        var selection = Select(attributes: name);

        Assert.Equal([true, false], Included(selection, "members", "displayName"));
    }

    [Fact]
    public void From_ExcludedSubAttribute_LeavesOutItsAttribute()
    {
        Assert.False(Select(excludedAttributes: "members.value").Includes("members"));
    }

    [Theory]
    [InlineData(OktaExtension)]
    [InlineData("URN:OKTA:CUSTOM:GROUP:1.0")]
    [InlineData(OktaExtension + ":description")]
    public void From_AttributesNamingAnExtensionOrOneOfItsAttributes_SelectsTheExtension(string name)
    {
        var selection = Select(attributes: name);

        Assert.Equal([true, false, false], Included(selection, OktaExtension, "displayName", "members"));
    }

    [Fact]
    public void From_ExcludedExtension_LeavesOutThatExtensionOnly()
    {
        var selection = Select(excludedAttributes: OktaExtension);

        Assert.Equal([false, true, true, true], Included(selection, OktaExtension, "urn:acme:groups:1.0", "displayName", "members"));
    }

    [Fact]
    public void From_AnExtensionsAttributeName_DoesNotSelectACoreAttributeOfThatName()
    {
        Assert.False(Select(attributes: "urn:acme:groups:1.0:displayName").Includes("displayName"));
    }

    [Theory]
    [InlineData("displayName", null)]
    [InlineData(null, "id,schemas")]
    [InlineData("members", "id,schemas,displayName")]
    public void Includes_IdAndSchemas_AreAlwaysIncluded(string? attributes, string? excluded)
    {
        var selection = Select(attributes, excluded);

        Assert.True(selection.Includes("id"));
        Assert.True(selection.Includes("schemas"));
    }

    private static bool[] Included(ScimAttributeSelection selection, params string[] names) => [.. names.Select(selection.Includes)];
}
