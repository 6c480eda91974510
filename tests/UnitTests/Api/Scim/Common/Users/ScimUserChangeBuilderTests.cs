using Platform.Api.Scim.Common.Users;
using Platform.Application.Directory.Schema;
using Platform.Domain.Directory.Users;
using static Platform.UnitTests.Api.Scim.ScimUserPatching;

namespace Platform.UnitTests.Api.Scim.Common.Users;

/// <summary>Whole resources (POST, PUT) as clients send them; PATCH bodies are covered through the version readers.</summary>
public sealed class ScimUserChangeBuilderTests
{
    [Fact]
    public void ApplyResource_OktaV1CreateBody_ReadsWhatWeStoreAndIgnoresTheRest()
    {
        var profile = Resource("""
            {"schemas":["urn:scim:schemas:core:1.0"],"userName":"ada@example.com","name":{"givenName":"Ada","familyName":"Lovelace"},
             "emails":[{"primary":true,"value":"ada@example.com","type":"work"}],"displayName":"Ada Lovelace","locale":"en_US",
             "externalId":"00u1okta","groups":[],"password":"t1meMach1ne!","active":true}
            """);

        Assert.Equal(
            new UserProfile(
                "ada@example.com",
                ExternalId: "00u1okta",
                Name: new PersonName("Ada", "Lovelace"),
                DisplayName: "Ada Lovelace",
                Locale: "en_US",
                Emails: [new ContactValue("ada@example.com", "work", Primary: true)]),
            profile);
    }

    [Fact]
    public void ApplyResource_ServerManagedAndUnknownAttributes_ChangeNothing()
    {
        var profile = Resource("""
            {"userName":"ada@example.com","id":"someone-else","meta":{"version":"W/\"9\""},"schemas":[],"groups":[{"value":"g"}],
             "password":"secret","favouriteEngine":"Analytical"}
            """);

        Assert.Equal(new UserProfile("ada@example.com"), profile);
    }

    [Fact]
    public void TypedTextPaths_CoverEveryCatalogueTextAttributeKeptInTypedRecords()
    {
        var typed = DirectoryCatalogue.User.Attributes.Concat(DirectoryCatalogue.EnterpriseUser.Attributes).Concat(DirectoryCatalogue.CommonAttributes)
            .Where(a => a.StoredAt is not null && !a.StoredAt.StartsWith("attributes.", StringComparison.Ordinal) && !a.MultiValued)
            .SelectMany(a => a.Type == AttributeType.Complex
                ? a.SubAttributesOrEmpty.Where(s => s.StoredAt is not null && s.Type == AttributeType.String).Select(s => $"{a.StoredAt}.{s.StoredAt}")
                : a.Type == AttributeType.String ? [a.StoredAt!] : [])
            .ToList();

        Assert.NotEmpty(typed);
        Assert.Equal(typed.Order(StringComparer.Ordinal), ScimUserChangeBuilder.TypedTextPaths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ApplyResource_CatalogueAttributes_AreKeptAsSentWithoutUnknownSubAttributes()
    {
        var profile = Resource("""
            {"userName":"ada@example.com","x509Certificates":[{"value":"TUlJ"}],"addresses":[{"streetAddress":"St James Square","moon":"no"}],
             "roles":[{"value":"admin","primary":"True"}],"profileUrl":"https://example.com/ada"}
            """);

        Assert.Equal(
            """{"x509Certificates":[{"value":"TUlJ"}],"addresses":[{"streetAddress":"St James Square"}],"roles":[{"value":"admin","primary":true}],"profileUrl":"https://example.com/ada"}""",
            profile.Attributes);
    }

    [Fact]
    public void ApplyResource_AttributeNamesInAnyCase_AreRecognised()
    {
        var profile = Resource("""{"USERNAME":"ada@example.com","DisplayName":"Ada","NAME":{"GIVENNAME":"Ada"},"Emails":[{"value":"a@b.example"}]}""");

        Assert.Equal(new UserProfile("ada@example.com", Name: new PersonName("Ada"), DisplayName: "Ada", Emails: [new ContactValue("a@b.example")]), profile);
    }

    [Fact]
    public void ApplyResource_EntraEnterpriseNumbers_AreKeptAsText()
    {
        var profile = Resource($$"""{"userName":"ada@example.com","{{EnterpriseV2}}":{"employeeNumber":1815,"costCenter":42.5,"manager":"m-0"} }""");

        Assert.Equal(new EnterpriseProfile(EmployeeNumber: "1815", CostCenter: "42.5", ManagerId: "m-0"), profile.Enterprise);
    }

    [Fact]
    public void ApplyResource_EmailValuesWithSurroundingSpaces_AreTrimmed()
    {
        var profile = Resource("""{"userName":"ada@example.com","emails":[{"value":"  ada@example.com "}]}""");

        Assert.Equal("ada@example.com", profile.EmailsOrEmpty.Single().Value);
    }

    [Fact]
    public void ApplyResource_EmptyStrings_AreStoredAsAbsent()
    {
        var profile = Resource("""{"userName":"ada@example.com","title":"","name":{"givenName":""}}""");

        Assert.Equal(new UserProfile("ada@example.com"), profile);
    }
}
