using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Users;
using Platform.Api.Scim.V1;
using Platform.Api.Scim.V2;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Users;
using static Platform.UnitTests.Api.Scim.ScimUserPatching;

namespace Platform.UnitTests.Api.Scim.Common.Users;

public sealed class ScimUserWriterTests
{
    private const string UsersUrl = "https://platform.example/scim/v2/acme/Users";
    private const string Id = "0197a1b2-0000-7000-8000-000000000001";
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Modified = new(2026, 3, 2, 10, 30, 15, 250, TimeSpan.FromHours(2));

    /// <summary>As the endpoints send it: SCIM bodies are never embedded in HTML, so '+' and quotes are not escaped.</summary>
    private static readonly JsonSerializerOptions WireOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<IScimDialect> Dialects => new() { ScimV1Dialect.Instance, ScimV2Dialect.Instance };

    [Fact]
    public void Write_V2_HasTheV2SchemasAndMetaWithResourceType()
    {
        var body = Write(Ada, ScimV2Dialect.Instance);

        Assert.Equal(["urn:ietf:params:scim:schemas:core:2.0:User", EnterpriseV2], Schemas(body));
        Assert.Equal(
            $$"""{"resourceType":"User","created":"2026-03-01T09:00:00Z","lastModified":"2026-03-02T08:30:15.25Z","location":"{{UsersUrl}}/{{Id}}","version":"W/\"3\""}""",
            Wire(body["meta"]));
    }

    [Fact]
    public void Write_V1_HasTheV1SchemasAndMetaWithoutResourceType()
    {
        var body = Write(Ada, ScimV1Dialect.Instance);

        Assert.Equal(["urn:scim:schemas:core:1.0", EnterpriseV1], Schemas(body));
        Assert.Equal(["created", "lastModified", "location", "version"], body["meta"]!.AsObject().Select(p => p.Key));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Write_EnterpriseAttributes_UnderTheVersionsExtensionKey(IScimDialect dialect)
    {
        var body = Write(Ada, dialect);

        Assert.Equal("""{"employeeNumber":"1815","department":"Analytics","manager":{"value":"m-0"}}""", Wire(body[dialect.EnterpriseUserSchema]));
        Assert.Null(body[dialect == ScimV1Dialect.Instance ? EnterpriseV2 : EnterpriseV1]);
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Write_NoEnterpriseAttributes_LeavesTheExtensionOut(IScimDialect dialect)
    {
        var body = Write(Ada with { Enterprise = EnterpriseProfile.Empty }, dialect);

        Assert.Equal([dialect.UserSchema], Schemas(body));
        Assert.Null(body[dialect.EnterpriseUserSchema]);
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Write_CustomExtensions_AsSentAndListedInSchemas(IScimDialect dialect)
    {
        var profile = Resource("""
            {"userName":"ada@example.com",
             "urn:okta:acme:custom:user:1.0":{"badge":"A-17","floors":[3,4],"contractor":false},
             "urn:ietf:params:scim:schemas:extension:acme:2.0:User":{"desk":{"building":"B","number":12}}}
            """);

        var body = Write(profile, dialect);

        Assert.Equal("""{"badge":"A-17","floors":[3,4],"contractor":false}""", Wire(body["urn:okta:acme:custom:user:1.0"]));
        Assert.Equal("""{"desk":{"building":"B","number":12}}""", Wire(body["urn:ietf:params:scim:schemas:extension:acme:2.0:User"]));
        Assert.Equal([dialect.UserSchema, "urn:okta:acme:custom:user:1.0", "urn:ietf:params:scim:schemas:extension:acme:2.0:User"], Schemas(body));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Write_UserCreatedWithAPassword_NeverWritesThePassword(IScimDialect dialect)
    {
        var profile = Resource("""{"userName":"ada@example.com","password":"t1meMach1ne!","active":true}""");

        var text = Write(profile, dialect).ToJsonString();

        Assert.DoesNotContain("password", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("t1meMach1ne", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Write_BooleansAndNumbers_AreJsonTypesNotStrings(IScimDialect dialect)
    {
        var profile = Resource("""
            {"userName":"ada@example.com","active":"False","emails":[{"value":"ada@example.com","primary":"true"},{"value":"b@example.com"}],
             "urn:okta:acme:custom:user:1.0":{"floor":3,"ratio":0.5}}
            """);

        var body = Write(profile, dialect);

        Assert.Equal(JsonValueKind.False, body["active"]!.GetValueKind());
        Assert.Equal(JsonValueKind.True, body["emails"]![0]!["primary"]!.GetValueKind());
        Assert.Equal(JsonValueKind.False, body["emails"]![1]!["primary"]!.GetValueKind());
        Assert.Equal(JsonValueKind.Number, body["urn:okta:acme:custom:user:1.0"]!["floor"]!.GetValueKind());
        Assert.Equal("""{"floor":3,"ratio":0.5}""", Wire(body["urn:okta:acme:custom:user:1.0"]));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Write_EmptyOptionalAttributes_AreLeftOutAndGroupsIsAnEmptyArray(IScimDialect dialect)
    {
        var body = Write(new UserProfile("ada@example.com"), dialect);

        Assert.Equal(["schemas", "id", "userName", "active", "groups", "meta"], body.Select(p => p.Key));
        Assert.Empty(body["groups"]!.AsArray());
    }

    [Fact]
    public void Write_EveryCoreAttribute_UnderItsScimName()
    {
        var profile = new UserProfile(
            "ada@example.com",
            "00u1okta",
            new PersonName("Ada", "Lovelace", "Augusta", "Ada Lovelace", "The Hon.", "FRS"),
            "Ada Lovelace",
            "Ada",
            "Countess",
            "Employee",
            "en-GB",
            "en-GB",
            "Europe/London",
            Emails: [new ContactValue("ada@example.com", "work", true, "Work")],
            PhoneNumbers: [new ContactValue("+44 20 7946 0000", "work")]);

        var body = Write(profile, ScimV2Dialect.Instance);

        Assert.Equal(
            """{"formatted":"Ada Lovelace","familyName":"Lovelace","givenName":"Ada","middleName":"Augusta","honorificPrefix":"The Hon.","honorificSuffix":"FRS"}""",
            Wire(body["name"]));
        Assert.Equal(
            ("00u1okta", "Ada Lovelace", "Ada", "Countess", "Employee", "en-GB", "en-GB", "Europe/London"),
            ((string?)body["externalId"], (string?)body["displayName"], (string?)body["nickName"], (string?)body["title"], (string?)body["userType"],
             (string?)body["preferredLanguage"], (string?)body["locale"], (string?)body["timezone"]));
        Assert.Equal("""[{"value":"ada@example.com","type":"work","display":"Work","primary":true}]""", Wire(body["emails"]));
        Assert.Equal("""[{"value":"+44 20 7946 0000","type":"work","primary":false}]""", Wire(body["phoneNumbers"]));
    }

    private static JsonObject Write(UserProfile profile, IScimDialect dialect) =>
        ScimUserWriter.Write(new UserView(Id, profile, Created, Modified, 3), dialect, UsersUrl);

    private static string Wire(JsonNode? node) => node!.ToJsonString(WireOptions);

    private static IEnumerable<string> Schemas(JsonObject body) => body["schemas"]!.AsArray().Select(s => (string)s!);
}
