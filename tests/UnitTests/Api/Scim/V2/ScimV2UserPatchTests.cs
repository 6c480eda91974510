using System.Text.Json.Nodes;
using Platform.Api.Scim.Common.Users;
using Platform.Api.Scim.V2;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Users;
using static Platform.UnitTests.Api.Scim.ScimUserPatching;

namespace Platform.UnitTests.Api.Scim.V2;

/// <summary>PatchOp bodies as Okta and Entra send them, read into a change set and applied to a stored user.</summary>
public sealed class ScimV2UserPatchTests
{
    /// <summary>A custom extension (an Okta org's own attributes), which the server keeps as a whole object.</summary>
    private const string AcmeExtension = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";

    [Fact]
    public void Read_OktaPathlessDeactivate_ChangesOnlyActive()
    {
        var changes = ReadV2("""{"op":"replace","value":{"active":false}}""");

        Assert.True(changes.OnlyActive);
        Assert.False(changes.Active.Value);
        Assert.Equal(Ada with { Active = false }, changes.ApplyTo(Ada));
    }

    [Theory]
    [InlineData("Replace", "\"False\"", false)]
    [InlineData("Add", "\"TRUE\"", true)]
    [InlineData("REPLACE", "\"false\"", false)]
    [InlineData("add", "true", true)]
    public void Read_EntraCapitalisedOpAndStringBoolean_SetsActive(string op, string value, bool expected)
    {
        var changes = ReadV2($$"""{"op":"{{op}}","path":"active","value":{{value}}}""");

        Assert.True(changes.OnlyActive);
        Assert.Equal(expected, changes.Active.Value);
    }

    [Fact]
    public void Read_EntraCapitalisedRemove_ClearsTheAttribute()
    {
        var after = PatchV2(Ada, """{"op":"Remove","path":"title"}""");

        Assert.Equal(Ada with { Title = null }, after);
    }

    [Fact]
    public void Read_PathlessValueWithDottedAndUrnKeys_SetsThoseAttributesOnly()
    {
        var after = PatchV2(Ada, $$"""
            {"op":"Replace","value":{
              "name.givenName":"Augusta",
              "{{EnterpriseV2}}:department":"Finance",
              "{{EnterpriseV2}}:manager.value":"m-7",
              "urn:ietf:params:scim:schemas:core:2.0:User:nickName":"Ada",
              "active":"False"} }
            """);

        Assert.Equal(new PersonName("Augusta", "Lovelace"), after.Name);
        Assert.Equal(Ada.EnterpriseOrEmpty with { Department = "Finance", ManagerId = "m-7" }, after.Enterprise);
        Assert.Equal("Ada", after.NickName);
        Assert.False(after.Active);
        Assert.Equal(Ada.EmailsOrEmpty, after.EmailsOrEmpty);
    }

    [Fact]
    public void Read_PathlessNameObject_MergesSubAttributes()
    {
        var after = PatchV2(Ada, """{"op":"replace","value":{"name":{"familyName":"King"}}}""");

        Assert.Equal(new PersonName("Ada", "King"), after.Name);
    }

    [Fact]
    public void Read_WorkEmailValueWhenNoWorkEmailExists_AddsAWorkEmail()
    {
        var before = Ada with { Emails = [new ContactValue("ada@home.example", "home", Primary: true)] };

        var after = PatchV2(before, """{"op":"Add","path":"emails[type eq \"work\"].value","value":"ada@work.example"}""");

        Assert.Equal([before.EmailsOrEmpty[0], new ContactValue("ada@work.example", "work")], after.EmailsOrEmpty);
    }

    [Theory]
    [InlineData("add")]
    [InlineData("replace")]
    public void Read_WorkEmailValueWhenAWorkEmailExists_ReplacesItsValueInPlace(string op)
    {
        var after = PatchV2(Ada, $$"""{"op":"{{op}}","path":"emails[type eq \"work\"].value","value":"countess@example.com"}""");

        Assert.Equal([new ContactValue("countess@example.com", "work", Primary: true), Ada.EmailsOrEmpty[1]], after.EmailsOrEmpty);
    }

    [Fact]
    public void Read_RemoveFilteredEmails_RemovesOnlyTheMatches()
    {
        var after = PatchV2(Ada, """{"op":"remove","path":"emails[type eq \"work\"]"}""");

        Assert.Equal([Ada.EmailsOrEmpty[1]], after.EmailsOrEmpty);
    }

    [Fact]
    public void Read_FilterWithAndOnTypeAndPrimary_MatchesBoth()
    {
        var after = PatchV2(Ada, """{"op":"remove","path":"emails[TYPE eq \"work\" and primary eq true]"}""");

        Assert.Equal([Ada.EmailsOrEmpty[1]], after.EmailsOrEmpty);
    }

    [Fact]
    public void Read_ReplacePhoneNumbersWithArray_ReplacesEveryNumber()
    {
        var after = PatchV2(Ada, """
            {"op":"replace","path":"phoneNumbers","value":[
              {"value":"+1 555 0100","type":"mobile","primary":"True"},
              {"value":"+1 555 0101","type":"fax","display":"Fax"}]}
            """);

        Assert.Equal([new ContactValue("+1 555 0100", "mobile", Primary: true), new ContactValue("+1 555 0101", "fax", Display: "Fax")], after.PhoneNumbersOrEmpty);
        Assert.Equal(Ada.EmailsOrEmpty, after.EmailsOrEmpty);
    }

    [Fact]
    public void Read_ReplaceEmailsWithEmptyArray_ClearsEmails()
    {
        Assert.Empty(PatchV2(Ada, """{"op":"replace","path":"emails","value":[]}""").EmailsOrEmpty);
    }

    [Fact]
    public void Read_AddEmailsWithExistingValueInOtherCase_DoesNotRepeatIt()
    {
        var after = PatchV2(Ada, """{"op":"add","path":"emails","value":[{"value":"ADA@home.example","type":"home"},{"value":"a@b.example"}]}""");

        Assert.Equal([Ada.EmailsOrEmpty[0], new ContactValue("ADA@home.example", "home"), new ContactValue("a@b.example")], after.EmailsOrEmpty);
    }

    [Theory]
    [InlineData("""{"op":"add","path":"emails","value":[{"value":"countess@example.com","type":"other","primary":true}]}""")]
    [InlineData("""{"op":"add","path":"emails[type eq \"other\" and primary eq true].value","value":"countess@example.com"}""")]
    [InlineData("""{"op":"replace","path":"emails[type eq \"home\"].primary","value":"True"}""")]
    public void Read_MakingAnotherEmailPrimary_LeavesExactlyOnePrimary(string operation)
    {
        var emails = PatchV2(Ada, operation).EmailsOrEmpty;

        Assert.Single(emails, email => email.Primary);
        Assert.False(emails.Single(email => email.Type == "work").Primary);
    }

    [Theory]
    [InlineData("""{"op":"remove","path":"emails[value eq \"ADA@home.example\"]"}""")]
    [InlineData("""{"op":"remove","path":"emails","value":[{"value":"ADA@HOME.EXAMPLE"}]}""")]
    [InlineData("""{"op":"Remove","path":"emails","value":["ada@home.example"]}""")]
    [InlineData("""{"op":"remove","path":"emails","value":{"value":"ada@home.example"}}""")]
    [InlineData("""{"op":"remove","path":"emails[type eq \"home\"].value"}""")]
    public void Read_RemoveNamingSomeEmails_RemovesOnlyThose(string operation)
    {
        Assert.Equal([Ada.EmailsOrEmpty[0]], PatchV2(Ada, operation).EmailsOrEmpty);
    }

    [Fact]
    public void Read_RemoveEmailsWithoutValue_RemovesEveryEmail()
    {
        Assert.Empty(PatchV2(Ada, """{"op":"remove","path":"emails"}""").EmailsOrEmpty);
    }

    [Theory]
    [InlineData(EnterpriseV2 + ":department", "\"Finance\"", "Finance", "m-0")]
    [InlineData(EnterpriseV2 + ":manager", "\"m-7\"", "Analytics", "m-7")]
    [InlineData(EnterpriseV2 + ":manager", "{\"value\":\"m-7\",\"displayName\":\"Babbage\"}", "Analytics", "m-7")]
    [InlineData(EnterpriseV2 + ":manager.value", "\"m-7\"", "Analytics", "m-7")]
    [InlineData(EnterpriseV2, "{\"department\":\"Finance\"}", "Finance", "m-0")]
    [InlineData("URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:DEPARTMENT", "\"Finance\"", "Finance", "m-0")]
    [InlineData(EnterpriseV1 + ":manager", "\"m-7\"", "Analytics", "m-7")]
    public void Read_EnterprisePathWithUrnPrefix_SetsTheEnterpriseAttribute(string path, string value, string department, string manager)
    {
        var after = PatchV2(Ada, $$"""{"op":"replace","path":"{{path}}","value":{{value}}}""");

        Assert.Equal(Ada.EnterpriseOrEmpty with { Department = department, ManagerId = manager }, after.Enterprise);
    }

    [Fact]
    public void Read_EnterpriseNumberFromEntra_IsReadAsText()
    {
        var after = PatchV2(Ada, $$"""{"op":"replace","path":"{{EnterpriseV2}}:employeeNumber","value":1816}""");

        Assert.Equal("1816", after.EnterpriseOrEmpty.EmployeeNumber);
    }

    [Theory]
    [InlineData(EnterpriseV2 + ":manager")]
    [InlineData(EnterpriseV2 + ":manager.value")]
    public void Read_RemoveManager_ClearsOnlyTheManager(string path)
    {
        var after = PatchV2(Ada, $$"""{"op":"remove","path":"{{path}}"}""");

        Assert.Equal(Ada.EnterpriseOrEmpty with { ManagerId = null }, after.Enterprise);
    }

    [Fact]
    public void Read_RemoveWholeEnterpriseExtension_ClearsEveryEnterpriseAttribute()
    {
        var after = PatchV2(Ada, $$"""{"op":"remove","path":"{{EnterpriseV2}}"}""");

        Assert.Equal(EnterpriseProfile.Empty, after.EnterpriseOrEmpty);
        Assert.Equal(Ada.Name, after.Name);
    }

    [Fact]
    public void Read_OperationsInOrder_LaterOnesWin()
    {
        var after = PatchV2(
            Ada,
            """{"op":"replace","path":"title","value":"Engineer"}""",
            """{"op":"remove","path":"title"}""",
            """{"op":"add","path":"title","value":"Analyst"}""");

        Assert.Equal("Analyst", after.Title);
    }

    [Theory]
    [InlineData("nosuchattribute")]
    [InlineData("name.nosuch")]
    [InlineData("title.sub")]
    [InlineData("members")]
    [InlineData("members[value eq \\\"x\\\"]")]
    [InlineData("title[value eq \\\"x\\\"]")]
    [InlineData("emails[type eq \\\"work\\\"].nosuch")]
    [InlineData("emails[type eq ")]
    [InlineData("emails..value")]
    [InlineData(EnterpriseV2 + ":nosuch")]
    [InlineData(EnterpriseV2 + ":manager.displayName")]
    [InlineData(EnterpriseV2 + ":department[value eq \\\"x\\\"]")]
    [InlineData(AcmeExtension)]
    public void Read_PathToNothingWeCanChange_IsInvalidPath(string path)
    {
        var problem = OperationProblemV2($$"""{"op":"replace","path":"{{path}}","value":"x"}""");

        Assert.Equal("invalidPath", problem.ScimType);
    }

    [Theory]
    [InlineData("emails[display eq \\\"x\\\"]")]
    [InlineData("emails[type co \\\"w\\\"]")]
    [InlineData("emails[type eq \\\"work\\\" or type eq \\\"home\\\"]")]
    public void Read_ContactFilterWeCannotMatch_IsInvalidFilter(string path)
    {
        Assert.Equal("invalidFilter", OperationProblemV2($$"""{"op":"remove","path":"{{path}}"}""").ScimType);
    }

    [Theory]
    [InlineData("move")]
    [InlineData("copy")]
    [InlineData("")]
    [InlineData("replace ")]
    public void Read_UnknownOp_IsInvalidSyntax(string op)
    {
        Assert.Equal("invalidSyntax", OperationProblemV2($$"""{"op":"{{op}}","path":"title","value":"x"}""").ScimType);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"]}""")]
    [InlineData("""{"Operations":[]}""")]
    [InlineData("""{"Operations":null}""")]
    [InlineData("""{"OPERATIONS":[{"op":"replace","path":"title","value":"x"}]}""")]
    public void Read_MissingOrEmptyOperations_IsInvalidSyntax(string body)
    {
        Assert.Equal("invalidSyntax", ProblemV2(body).ScimType);
    }

    [Fact]
    public void Read_LowercaseOperationsAndCapitalisedMembers_AreAccepted()
    {
        var changes = ReadV2(Parse("""{"operations":[{"Op":"replace","Path":"title","Value":"Engineer"}]}"""));

        Assert.Equal("Engineer", changes.Title.Value);
    }

    [Theory]
    [InlineData("""{"Operations":"replace"}""", "invalidSyntax")]
    [InlineData("""{"Operations":{"op":"replace","value":{"active":false}}}""", "invalidSyntax")]
    [InlineData("""{"Operations":[1]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[null]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[[{"op":"replace"}]]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[{"op":1,"path":"title","value":"x"}]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[{"op":null,"path":"title","value":"x"}]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[{"op":true,"path":"title","value":"x"}]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[{"op":["replace"],"path":"title","value":"x"}]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[{"path":"title","value":"x"}]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[{"op":"replace","path":42,"value":{"active":false}}]}""", "invalidPath")]
    [InlineData("""{"Operations":[{"op":"replace","path":{"attr":"title"},"value":"x"}]}""", "invalidPath")]
    [InlineData("""{"Operations":[{"op":"remove","path":["title"]}]}""", "invalidPath")]
    [InlineData("""{"Operations":[{"op":"replace","path":"title"}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"replace","path":"title","value":null}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"replace","value":"x"}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"replace","value":[{"active":false}]}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"add"}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"remove"}]}""", "noTarget")]
    [InlineData("""{"Operations":[{"op":"remove","path":""}]}""", "noTarget")]
    [InlineData("""{"Operations":[{"op":"remove","path":"active"}]}""", "mutability")]
    public void Read_HostileShape_IsAProblemWithTheRightScimType(string body, string scimType)
    {
        Assert.Equal(scimType, ProblemV2(body).ScimType);
    }

    [Theory]
    [InlineData("title", "5")]
    [InlineData("title", "true")]
    [InlineData("title", "{\"value\":\"x\"}")]
    [InlineData("userName", "[\"x\"]")]
    [InlineData("active", "\"maybe\"")]
    [InlineData("active", "1")]
    [InlineData("active", "{}")]
    [InlineData("name", "\"Ada Lovelace\"")]
    [InlineData("name", "{\"givenName\":5}")]
    [InlineData("name.givenName", "[]")]
    [InlineData("emails", "\"ada@example.com\"")]
    [InlineData("emails", "[\"ada@example.com\"]")]
    [InlineData("emails", "[{\"value\":5}]")]
    [InlineData("emails", "[{\"value\":\"\"}]")]
    [InlineData("emails", "[{\"type\":\"work\"}]")]
    [InlineData("emails", "[{\"value\":\"a@b.c\",\"type\":5}]")]
    [InlineData("emails", "[{\"value\":\"a@b.c\",\"display\":{}}]")]
    [InlineData("emails", "[{\"value\":\"a@b.c\",\"primary\":\"yes\"}]")]
    [InlineData("phoneNumbers", "42")]
    [InlineData("emails[type eq \\\"work\\\"].value", "5")]
    [InlineData("emails[type eq \\\"work\\\"].value", "null")]
    [InlineData("emails[type eq \\\"work\\\"].primary", "\"maybe\"")]
    [InlineData(EnterpriseV2, "\"Finance\"")]
    [InlineData(EnterpriseV2 + ":department", "true")]
    [InlineData(EnterpriseV2 + ":department", "{\"value\":\"Finance\"}")]
    [InlineData(EnterpriseV2 + ":manager", "7")]
    [InlineData(EnterpriseV2 + ":manager", "{\"value\":7}")]
    [InlineData(EnterpriseV2 + ":manager", "[\"m-7\"]")]
    public void Read_ValueOfTheWrongTypeForTheAttribute_IsInvalidValue(string path, string value)
    {
        Assert.Equal("invalidValue", OperationProblemV2($$"""{"op":"replace","path":"{{path}}","value":{{value}}}""").ScimType);
    }

    [Theory]
    [InlineData("""{"title":5}""")]
    [InlineData("""{"active":null}""")]
    [InlineData("""{"name":["Ada"]}""")]
    [InlineData("""{"emails":[{"value":null}]}""")]
    [InlineData("""{"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"costCenter":false}}""")]
    [InlineData("""{"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager":{"value":[]}}""")]
    [InlineData("""{"urn:ietf:params:scim:schemas:extension:acme:2.0:User":[1,2]}""")]
    public void Read_PathlessValueWithAWrongType_IsInvalidValue(string value)
    {
        Assert.Equal("invalidValue", OperationProblemV2($$"""{"op":"replace","value":{{value}}}""").ScimType);
    }

    [Fact]
    public void Read_NullsInAPathlessValue_ClearThoseAttributes()
    {
        var after = PatchV2(Ada, $$"""
            {"op":"replace","value":{"title":null,"name":null,"emails":null,"{{EnterpriseV2}}":null,"locale":""} }
            """);

        Assert.Equal(
            Ada with { Title = null, Locale = null, Name = PersonName.Empty, Emails = [], Enterprise = EnterpriseProfile.Empty },
            after);
    }

    [Fact]
    public void Read_ServerManagedAttributesInAPathlessValue_AreIgnored()
    {
        var changes = ReadV2("""{"op":"replace","value":{"id":"other","meta":{"version":"W/\"9\""},"password":"hunter2","groups":[],"schemas":[],"active":false}}""");

        Assert.True(changes.OnlyActive);
    }

    [Fact]
    public void Read_AThousandOperations_AppliesThemAllInOrder()
    {
        var changes = ReadV2(new JsonObject { ["Operations"] = TitleOperations(ScimV2PatchOperations.MaxOperations) });

        Assert.Equal($"title {ScimV2PatchOperations.MaxOperations - 1}", changes.Title.Value);
    }

    [Fact]
    public void Read_MoreOperationsThanTheLimit_IsInvalidValue()
    {
        var applied = ScimV2UserPatch.Read(new JsonObject { ["Operations"] = TitleOperations(ScimV2PatchOperations.MaxOperations + 1) }, new ScimUserChangeBuilder());

        Assert.Equal("invalidValue", applied.Problem?.ScimType);
    }

    private static JsonArray TitleOperations(int count)
    {
        var operations = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            operations.Add(new JsonObject { ["op"] = "replace", ["path"] = "title", ["value"] = $"title {i}" });
        }

        return operations;
    }

    [Fact]
    public void Read_ManyOperationsWithOneBadOneLast_StopsAtTheBadOne()
    {
        var operations = Enumerable.Repeat("""{"op":"add","path":"emails","value":[{"value":"a@b.example"}]}""", 999)
            .Append("""{"op":"add","path":"emails","value":[{"value":false}]}""")
            .ToArray();

        Assert.Equal("invalidValue", ProblemV2(PatchOp(operations)).ScimType);
    }

    [Theory]
    [InlineData("title", "DEEP")]
    [InlineData("name", "{\"givenName\":DEEP}")]
    [InlineData("emails", "[{\"value\":DEEP}]")]
    [InlineData(EnterpriseV2, "{\"department\":DEEP}")]
    [InlineData(EnterpriseV2 + ":manager", "{\"value\":DEEP}")]
    public void Read_DeeplyNestedValue_IsInvalidValueNotAnException(string path, string value)
    {
        var deep = value.Replace("DEEP", Nested(50), StringComparison.Ordinal);

        var problem = OperationProblemV2($$"""{"op":"replace","path":"{{path}}","value":{{deep}} }""");

        Assert.Equal("invalidValue", problem.ScimType);
    }

    [Fact]
    public void Read_DeeplyNestedCustomExtension_IsKeptAsSent()
    {
        var changes = ReadV2($$"""{"op":"replace","path":"{{AcmeExtension}}","value":{{Nested(50)}}}""");

        Assert.Equal(Nested(50), changes.CustomExtensions[AcmeExtension]);
    }

    /// <summary><c>{"a":{"a":…{"a":"x"}…}}</c>, <paramref name="depth"/> objects deep.</summary>
    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "\"x\"" + new string('}', depth);

    [Fact]
    public void Read_PathNamingAVersionedExtensionWhole_ReplacesThatExtension()
    {
        var changes = ReadV2(new JsonObject
        {
            ["Operations"] = new JsonArray(new JsonObject
            {
                ["op"] = "replace",
                ["path"] = "urn:okta:acme:custom:user:1.0",
                ["value"] = new JsonObject { ["badge"] = "A-1" },
            }),
        });

        Assert.Equal("{\"badge\":\"A-1\"}", changes.CustomExtensions["urn:okta:acme:custom:user:1.0"]);
    }

    [Fact]
    public void Read_AttributeOfAUserExtension_SetsThatAttributeOnly()
    {
        var changes = ReadV2(new JsonObject
        {
            ["Operations"] = new JsonArray(new JsonObject { ["op"] = "add", ["path"] = AcmeExtension + ":badge", ["value"] = "A-9" }),
        });

        Assert.Equal(new ExtensionAttributeChange(AcmeExtension, "badge", "\"A-9\""), Assert.Single(changes.CustomExtensionAttributes));
    }
}
