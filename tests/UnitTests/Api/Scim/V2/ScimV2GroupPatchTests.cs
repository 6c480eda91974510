using System.Text.Json.Nodes;
using Platform.Api.Scim.Common.Groups;
using Platform.Api.Scim.V2;
using Platform.Domain.Directory.Groups;
using static Platform.UnitTests.Api.Scim.ScimGroupPatching;

namespace Platform.UnitTests.Api.Scim.V2;

/// <summary>Group PatchOp bodies as Okta's Push Groups and Entra send them, read into a rename and ordered membership steps.</summary>
public sealed class ScimV2GroupPatchTests
{
    private static readonly GroupProfile Engineering = new("Engineering", "00g1okta", $$$"""{"{{{OktaExtension}}}":{"description":"Builds things"}}""");

    [Fact]
    public void Read_OktaAddMembers_AppendsThemAndChangesNothingElse()
    {
        var changes = ReadV2("""{"op":"add","path":"members","value":[{"value":"u1","display":"Ada Lovelace"},{"value":"u2","display":"Alan Turing"}]}""");

        Assert.Equal(["add [u1,u2]"], Steps(changes));
        Assert.True(changes.Changes.IsEmpty);
    }

    [Fact]
    public void Read_AddMembersWithASingleObject_AddsThatMember()
    {
        Assert.Equal(["add [u1]"], Steps(ReadV2("""{"op":"add","path":"members","value":{"value":"u1","display":"Ada"}}""")));
    }

    [Fact]
    public void Read_AddMembersAsBareStringIds_AddsThemTrimmed()
    {
        Assert.Equal(["add [u1,u2]"], Steps(ReadV2("""{"op":"add","path":"members","value":["u1"," u2 "]}""")));
    }

    [Fact]
    public void Read_OktaRemoveWithValueFilter_RemovesOnlyThatMember()
    {
        var changes = ReadV2("""{"op":"remove","path":"members[value eq \"u1\"]"}""");

        Assert.Equal(["remove [u1]"], Steps(changes));
    }

    [Fact]
    public void Read_RemoveWithAnOrOfSeveralIds_RemovesEachOfThem()
    {
        var changes = ReadV2("""{"op":"remove","path":"members[value eq \"u1\" or value eq \"u2\" or VALUE EQ \"u3\"]"}""");

        Assert.Equal(["remove [u1,u2,u3]"], Steps(changes));
    }

    [Fact]
    public void Read_EntraRemoveWithAValueArray_RemovesOnlyThose()
    {
        var changes = ReadV2("""{"op":"Remove","path":"members","value":[{"value":"u1"},{"value":"u2"}]}""");

        Assert.Equal(["remove [u1,u2]"], Steps(changes));
    }

    [Fact]
    public void Read_RemoveMembersWithoutAValue_RemovesAll()
    {
        Assert.Equal(["remove all"], Steps(ReadV2("""{"op":"remove","path":"members"}""")));
    }

    [Fact]
    public void Read_OktaPushNowReplace_SetsExactlyTheList()
    {
        var changes = ReadV2("""{"op":"replace","path":"members","value":[{"value":"u1","display":"Ada"},{"value":"u2","display":"Alan"}]}""");

        Assert.Equal(["replace [u1,u2]"], Steps(changes));
    }

    [Fact]
    public void Read_ReplaceMembersWithAnEmptyArray_EmptiesTheGroup()
    {
        Assert.Equal(["replace []"], Steps(ReadV2("""{"op":"replace","path":"members","value":[]}""")));
    }

    [Fact]
    public void Read_OktaPathlessRename_RenamesAndHasNoMembershipChangeAtAll()
    {
        var changes = ReadV2("""{"op":"replace","value":{"id":"0197a1b2-0000-7000-8000-0000000000aa","displayName":"Platform Engineering"}}""");

        Assert.Empty(changes.Members);
        Assert.Equal(Engineering with { DisplayName = "Platform Engineering" }, changes.Changes.ApplyTo(Engineering));
    }

    [Theory]
    [InlineData("""{"members":[{"value":"u1"},{"value":"u2"}]}""", "replace [u1,u2]")]
    [InlineData("""{"displayName":"Engineering","members":[]}""", "replace []")]
    [InlineData("""{"urn:ietf:params:scim:schemas:core:2.0:Group:members":[{"value":"u1"}]}""", "replace [u1]")]
    public void Read_PathlessReplaceContainingMembers_ReplacesThem(string value, string step)
    {
        Assert.Equal([step], Steps(ReadV2($$"""{"op":"replace","value":{{value}} }""")));
    }

    [Fact]
    public void Read_PathlessAddContainingMembers_AppendsThem()
    {
        Assert.Equal(["add [u1]"], Steps(ReadV2("""{"op":"add","value":{"members":[{"value":"u1"}]}}""")));
    }

    [Fact]
    public void Read_MixedRemovesAndAdds_KeepsThemInTheOrderSent()
    {
        var changes = ReadV2(
            """{"op":"remove","path":"members[value eq \"u1\"]"}""",
            """{"op":"add","path":"members","value":[{"value":"u2"}]}""",
            """{"op":"Remove","path":"members","value":[{"value":"u3"}]}""",
            """{"op":"add","path":"members","value":[{"value":"u1"},{"value":"u4"}]}""",
            """{"op":"remove","path":"members[value eq \"u2\"]"}""");

        Assert.Equal(["remove [u1]", "add [u2]", "remove [u3]", "add [u1,u4]", "remove [u2]"], Steps(changes));
    }

    [Theory]
    [InlineData("Add", "members", """[{"value":"u1"}]""", "add [u1]")]
    [InlineData("ADD", "members", """[{"value":"u1"}]""", "add [u1]")]
    [InlineData("Replace", "members", """[{"value":"u1"}]""", "replace [u1]")]
    [InlineData("REPLACE", "members", "[]", "replace []")]
    [InlineData("Remove", "members", """[{"value":"u1"}]""", "remove [u1]")]
    [InlineData("rEmOvE", "members", "null", "remove all")]
    public void Read_OpInAnyCase_IsReadTheSame(string op, string path, string value, string step)
    {
        Assert.Equal([step], Steps(ReadV2($$"""{"op":"{{op}}","path":"{{path}}","value":{{value}} }""")));
    }

    [Fact]
    public void Read_CapitalisedOperationKeys_AreRead()
    {
        Assert.Equal(["add [u1]"], Steps(ReadV2("""{"Op":"Add","Path":"members","Value":[{"value":"u1"}]}""")));
    }

    [Theory]
    [InlineData("displayName")]
    [InlineData("DISPLAYNAME")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:Group:displayName")]
    public void Read_ReplaceDisplayNamePath_RenamesOnly(string path)
    {
        var changes = ReadV2($$"""{"op":"Replace","path":"{{path}}","value":"Platform Engineering"}""");

        Assert.Empty(changes.Members);
        Assert.Equal(Engineering with { DisplayName = "Platform Engineering" }, changes.Changes.ApplyTo(Engineering));
    }

    [Fact]
    public void Read_RemoveDisplayName_IsMutability()
    {
        Assert.Equal("mutability", OperationProblemV2("""{"op":"remove","path":"displayName"}""").ScimType);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("null")]
    [InlineData("5")]
    [InlineData("[\"Ops\"]")]
    public void Read_DisplayNameThatIsNotANonEmptyString_IsInvalidValue(string value)
    {
        Assert.Equal("invalidValue", OperationProblemV2($$"""{"op":"replace","path":"displayName","value":{{value}} }""").ScimType);
    }

    [Fact]
    public void Read_RemoveExternalId_ClearsItAndKeepsTheRest()
    {
        var changes = ReadV2("""{"op":"remove","path":"externalId"}""");

        Assert.Empty(changes.Members);
        Assert.Equal(Engineering with { ExternalId = null }, changes.Changes.ApplyTo(Engineering));
    }

    [Fact]
    public void Read_OktaGroupExtensionInAPathlessValue_IsKeptAsAWholeObject()
    {
        var changes = ReadV2($$$"""{"op":"replace","value":{"{{{OktaExtension}}}":{"description":"Runs the platform","owner":{"team":7} } } }""");

        Assert.Equal("""{"description":"Runs the platform","owner":{"team":7}}""", changes.Changes.CustomExtensions[OktaExtension]);
        Assert.Empty(changes.Members);
    }

    [Theory]
    [InlineData(OktaExtension)]
    [InlineData("URN:OKTA:CUSTOM:GROUP:1.0")]
    public void Read_OktaGroupExtensionAsThePath_ReplacesTheWholeObject(string path)
    {
        var changes = ReadV2($$$"""{"op":"replace","path":"{{{path}}}","value":{"description":"Runs the platform"}}""");

        Assert.Equal($$$"""{"{{{OktaExtension}}}":{"description":"Runs the platform"}}""", changes.Changes.ApplyTo(Engineering).CustomExtensions);
    }

    [Fact]
    public void Read_RemoveTheOktaGroupExtension_DropsIt()
    {
        var changes = ReadV2($$"""{"op":"remove","path":"{{OktaExtension}}"}""");

        Assert.Null(changes.Changes.ApplyTo(Engineering).CustomExtensions);
    }

    [Theory]
    [InlineData("members[display eq \\\"Ada\\\"]")]
    [InlineData("members[value ne \\\"u1\\\"]")]
    [InlineData("members[value co \\\"u\\\"]")]
    [InlineData("members[value pr]")]
    [InlineData("members[value eq 5]")]
    [InlineData("members[value eq null]")]
    [InlineData("members[value eq \\\"u1\\\" and value eq \\\"u2\\\"]")]
    [InlineData("members[value eq \\\"u1\\\" or display eq \\\"Ada\\\"]")]
    [InlineData("members[not (value eq \\\"u1\\\")]")]
    [InlineData("members[type eq \\\"User\\\"]")]
    [InlineData("members[value.sub eq \\\"u1\\\"]")]
    public void Read_MembersFilterOtherThanValueEq_IsInvalidFilter(string path)
    {
        Assert.Equal("invalidFilter", OperationProblemV2($$"""{"op":"remove","path":"{{path}}"}""").ScimType);
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("description")]
    [InlineData("displayName.value")]
    [InlineData("members.value")]
    [InlineData("members.display")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:Group:owner")]
    [InlineData("urn:scim:schemas:core:1.0:owner")]
    [InlineData("members[value eq \\\"u1\\\"].display")]
    [InlineData(OktaExtension + ":description")]
    [InlineData(OktaExtension + "[description eq \\\"x\\\"]")]
    [InlineData("members[value eq \\\"u1\\\"")]
    [InlineData("members]")]
    [InlineData("display name")]
    public void Read_PathThatIsNotAGroupAttributeThisServerChanges_IsInvalidPath(string path)
    {
        Assert.Equal("invalidPath", OperationProblemV2($$"""{"op":"remove","path":"{{path}}"}""").ScimType);
    }

    [Theory]
    [InlineData("add", "members[value eq \\\"u1\\\"]")]
    [InlineData("replace", "members[value eq \\\"u1\\\"]")]
    [InlineData("remove", "displayName[value eq \\\"Ops\\\"]")]
    [InlineData("remove", "externalId[value eq \\\"x\\\"]")]
    [InlineData("replace", "displayName[value eq \\\"Ops\\\"]")]
    public void Read_ValueFilterOnAnotherAttributeOrOperation_IsInvalidPath(string op, string path)
    {
        Assert.Equal("invalidPath", OperationProblemV2($$"""{"op":"{{op}}","path":"{{path}}","value":[{"value":"u1"}]}""").ScimType);
    }

    [Theory]
    [InlineData("add", """[{"display":"Ada Lovelace"}]""")]
    [InlineData("add", """[{"value":"u1"},{"display":"Ada Lovelace"}]""")]
    [InlineData("add", """[{"value":""}]""")]
    [InlineData("add", """[{"value":"   "}]""")]
    [InlineData("add", """[{"value":5}]""")]
    [InlineData("add", """[{"value":{"id":"u1"}}]""")]
    [InlineData("add", """[{"value":["u1"]}]""")]
    [InlineData("add", "[5]")]
    [InlineData("add", "[null]")]
    [InlineData("add", "[[]]")]
    [InlineData("add", "[\"\"]")]
    [InlineData("add", "\"u1\"")]
    [InlineData("add", "42")]
    [InlineData("add", "true")]
    [InlineData("add", "null")]
    [InlineData("replace", """[{"display":"Ada Lovelace"}]""")]
    [InlineData("replace", "\"u1\"")]
    [InlineData("remove", """[{"display":"Ada Lovelace"}]""")]
    [InlineData("remove", "5")]
    public void Read_MemberEntriesWithoutAUsableValue_AreInvalidValue(string op, string value)
    {
        Assert.Equal("invalidValue", OperationProblemV2($$"""{"op":"{{op}}","path":"members","value":{{value}} }""").ScimType);
    }

    [Theory]
    [InlineData("replace")]
    [InlineData("add")]
    public void Read_MembersPathWithoutAValue_IsInvalidValueNotAnEmptiedGroup(string op)
    {
        Assert.Equal("invalidValue", OperationProblemV2($$"""{"op":"{{op}}","path":"members"}""").ScimType);
    }

    [Theory]
    [InlineData("{}", "invalidSyntax")]
    [InlineData("""{"Operations":null}""", "invalidSyntax")]
    [InlineData("""{"Operations":[]}""", "invalidSyntax")]
    [InlineData("""{"Operations":"add"}""", "invalidSyntax")]
    [InlineData("""{"Operations":{"op":"add","path":"members","value":[]}}""", "invalidSyntax")]
    [InlineData("""{"Operations":[5]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[null]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[[{"op":"add"}]]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[{"op":5,"path":"members","value":[]}]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[{"op":["add"],"path":"members","value":[]}]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[{"path":"members","value":[]}]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[{"op":"move","path":"members","value":[]}]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[{"op":"add","path":5,"value":[]}]}""", "invalidPath")]
    [InlineData("""{"Operations":[{"op":"add","path":["members"],"value":[]}]}""", "invalidPath")]
    [InlineData("""{"Operations":[{"op":"add","path":{"name":"members"},"value":[]}]}""", "invalidPath")]
    [InlineData("""{"Operations":[{"op":"remove"}]}""", "noTarget")]
    [InlineData("""{"Operations":[{"op":"replace","value":"Ops"}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"replace","value":[{"displayName":"Ops"}]}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"replace"}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"replace","value":{"displayName":{"value":"Ops"}}}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"replace","value":{"externalId":[1,2]}}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"replace","value":{"members":{"value":{"value":{"value":[]}}}}}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"replace","value":{"members":[[[["u1"]]]]}}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"replace","value":{"urn:okta:custom:group:1.0":"Builds things"}}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"replace","value":{"urn:okta:custom:group:1.0":[{"description":"x"}]}}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"add","path":"members","value":[{"value":"u1"}]},{"op":"remove","path":"displayName"}]}""", "mutability")]
    public void Read_HostileShape_IsAProblemWithTheRightScimType(string body, string scimType)
    {
        Assert.Equal(scimType, ProblemV2(body).ScimType);
    }

    [Fact]
    public void Read_LowercaseOperationsKey_IsRead()
    {
        Assert.Equal(["remove all"], Steps(ReadV2(ScimUserPatching.Parse("""{"operations":[{"op":"remove","path":"members"}]}"""))));
    }

    [Fact]
    public void Read_AsManyOperationsAsTheLimit_ReadsThemAllInOrder()
    {
        var changes = ReadV2(new JsonObject { ["Operations"] = AddOperations(ScimV2PatchOperations.MaxOperations) });

        Assert.Equal(Enumerable.Range(0, ScimV2PatchOperations.MaxOperations).Select(i => $"add [u{i}]"), Steps(changes));
    }

    [Fact]
    public void Read_MoreOperationsThanTheLimit_IsInvalidValue()
    {
        var problem = ProblemV2(new JsonObject { ["Operations"] = AddOperations(ScimV2PatchOperations.MaxOperations + 1) });

        Assert.Equal("invalidValue", problem.ScimType);
    }

    [Fact]
    public void Read_DeeplyNestedMemberValue_IsInvalidValueNotAnException()
    {
        Assert.Equal("invalidValue", OperationProblemV2($$"""{"op":"add","path":"members","value":[{"value":{{Nested(40)}}}]}""").ScimType);
    }

    [Fact]
    public void Read_DeeplyNestedOktaExtension_IsKeptAsSent()
    {
        var changes = ReadV2($$"""{"op":"replace","value":{"{{OktaExtension}}":{{Nested(40)}}} }""");

        Assert.Equal(Nested(40), changes.Changes.CustomExtensions[OktaExtension]);
    }

    private static JsonArray AddOperations(int count)
    {
        var operations = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            operations.Add(new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = new JsonArray(new JsonObject { ["value"] = $"u{i}" }) });
        }

        return operations;
    }

    /// <summary><c>{"a":{"a":…{"a":"x"}…}}</c>, <paramref name="depth"/> objects deep.</summary>
    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "\"x\"" + new string('}', depth);
}
