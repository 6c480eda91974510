using Platform.Domain.Directory.Users;
using static Platform.UnitTests.Api.Scim.ScimUserPatching;

namespace Platform.UnitTests.Api.Scim.V1;

/// <summary>SCIM 1.1 PATCH: a partial resource, <c>meta.attributes</c> to clear, <c>"operation":"delete"</c> on multi-valued entries.</summary>
public sealed class ScimV1UserPatchTests
{
    [Fact]
    public void Read_PartialResource_ChangesOnlyWhatItCarries()
    {
        var after = PatchV1(Ada, """{"schemas":["urn:scim:schemas:core:1.0"],"title":"Engineer","name":{"givenName":"Augusta"}}""");

        Assert.Equal(Ada with { Title = "Engineer", Name = new PersonName("Augusta", "Lovelace") }, after);
    }

    [Fact]
    public void Read_OktaDeactivate_ChangesOnlyActive()
    {
        var changes = ReadV1("""{"schemas":["urn:scim:schemas:core:1.0"],"id":"2819c223","active":false}""");

        Assert.True(changes.OnlyActive);
        Assert.False(changes.Active.Value);
    }

    [Fact]
    public void Read_EnterpriseObject_MergesIntoTheStoredExtension()
    {
        var after = PatchV1(Ada, $$"""{"{{EnterpriseV1}}":{"department":"Finance","manager":{"managerId":"ignored","value":"m-7"} } }""");

        Assert.Equal(Ada.EnterpriseOrEmpty with { Department = "Finance", ManagerId = "m-7" }, after.Enterprise);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("TITLE")]
    [InlineData("urn:scim:schemas:core:1.0:title")]
    public void Read_MetaAttributes_ClearsTheNamedAttribute(string attribute)
    {
        var after = PatchV1(Ada, $$"""{"meta":{"attributes":["{{attribute}}"]} }""");

        Assert.Equal(Ada with { Title = null }, after);
    }

    [Fact]
    public void Read_MetaAttributesNamingComplexAndEnterpriseAttributes_ClearsThem()
    {
        var after = PatchV1(Ada, $$"""
            {"meta":{"attributes":["name","emails","{{EnterpriseV1}}:department","{{EnterpriseV2}}:manager","phoneNumbers"]} }
            """);

        Assert.Equal(PersonName.Empty, after.NameOrEmpty);
        Assert.Empty(after.EmailsOrEmpty);
        Assert.Empty(after.PhoneNumbersOrEmpty);
        Assert.Equal(new EnterpriseProfile(EmployeeNumber: "1815"), after.Enterprise);
        Assert.Equal(Ada.Title, after.Title);
    }

    [Fact]
    public void Read_MetaAttributesNamingTheWholeEnterpriseExtension_ClearsIt()
    {
        var after = PatchV1(Ada, $$"""{"meta":{"attributes":["{{EnterpriseV1}}"]} }""");

        Assert.Equal(EnterpriseProfile.Empty, after.EnterpriseOrEmpty);
    }

    [Fact]
    public void Read_MetaAttributesAndANewValue_ClearsFirstThenSets()
    {
        var after = PatchV1(Ada, """{"meta":{"attributes":["name","emails"]},"name":{"familyName":"King"},"emails":[{"value":"ada@king.example","type":"work"}]}""");

        Assert.Equal(new PersonName(FamilyName: "King"), after.Name);
        Assert.Equal([new ContactValue("ada@king.example", "work")], after.EmailsOrEmpty);
    }

    [Fact]
    public void Read_EmailsMarkedDelete_AreRemovedAndTheOthersAdded()
    {
        var after = PatchV1(Ada, """
            {"emails":[
              {"value":"ADA@HOME.EXAMPLE","operation":"delete"},
              {"value":"ada@analytical.example","type":"other","operation":"add"},
              {"value":"ada@example.com","type":"work","primary":true}]}
            """);

        Assert.Equal([Ada.EmailsOrEmpty[0], new ContactValue("ada@analytical.example", "other")], after.EmailsOrEmpty);
    }

    [Fact]
    public void Read_PhoneNumberMarkedDeleteInAnyCase_IsRemoved()
    {
        var after = PatchV1(Ada, """{"phoneNumbers":[{"value":"+44 20 7946 0000","operation":"Delete"}]}""");

        Assert.Empty(after.PhoneNumbersOrEmpty);
    }

    [Theory]
    [InlineData("""{"meta":{"attributes":"title"}}""")]
    [InlineData("""{"meta":{"attributes":{"title":true}}}""")]
    [InlineData("""{"meta":{"attributes":[5]}}""")]
    [InlineData("""{"meta":{"attributes":[null]}}""")]
    [InlineData("""{"meta":{"attributes":[["title"]]}}""")]
    [InlineData("""{"meta":{"attributes":["title",{"name":"locale"}]}}""")]
    public void Read_MetaAttributesNotAnArrayOfStrings_IsInvalidValue(string body)
    {
        Assert.Equal("invalidValue", ProblemV1(body).ScimType);
    }

    [Theory]
    [InlineData("""{"meta":{"attributes":["name.nosuch"]}}""", "invalidPath")]
    [InlineData("""{"meta":{"attributes":["active"]}}""", "mutability")]
    [InlineData("""{"title":["Engineer"]}""", "invalidValue")]
    [InlineData("""{"active":"sometimes"}""", "invalidValue")]
    [InlineData("""{"emails":[{"value":"x@y.z","operation":"delete","primary":"perhaps"}]}""", "invalidValue")]
    public void Read_InvalidPartialResource_IsAProblemWithTheRightScimType(string body, string scimType)
    {
        Assert.Equal(scimType, ProblemV1(body).ScimType);
    }
}
