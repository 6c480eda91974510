using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Groups;
using Platform.Api.Scim.V1;
using Platform.Api.Scim.V2;
using Platform.Application.Directory.Groups;
using Platform.Domain.Directory.Groups;
using static Platform.UnitTests.Api.Scim.Common.ScimAttributeSelectionTests;

namespace Platform.UnitTests.Api.Scim.Common.Groups;

/// <summary>Groups written through a <see cref="Utf8JsonWriter"/> to a stream, as the endpoints stream them, and parsed back.</summary>
public sealed class ScimGroupWriterTests
{
    private const string GroupsUrl = "https://platform.example/scim/v2/acme/Groups";
    private const string UsersUrl = "https://platform.example/scim/v2/acme/Users";
    private const string Id = "0197a1b2-0000-7000-8000-0000000000aa";
    private const string OktaExtension = ScimGroupSchemas.OktaGroupExtension;
    private const string AcmeExtension = "urn:ietf:params:scim:schemas:extension:acme:2.0:Group";
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Modified = new(2026, 3, 2, 10, 30, 15, 250, TimeSpan.FromHours(2));

    private static readonly GroupProfile Engineering = new("Engineering", "00g1okta");

    private static readonly GroupMemberView[] TwoMembers = [new("u1", "Ada Lovelace"), new("u2", "Alan Turing")];

    public static TheoryData<IScimDialect> Dialects => new() { ScimV1Dialect.Instance, ScimV2Dialect.Instance };

    [Fact]
    public async Task WriteAsync_V2_HasTheGroupSchemaMembersWithRefAndTypeAndMetaWithResourceType()
    {
        var body = await WriteAsync(Engineering, ScimV2Dialect.Instance, TwoMembers);

        Assert.Equal(["schemas", "id", "externalId", "displayName", "members", "meta"], body.Select(p => p.Key));
        Assert.Equal(["urn:ietf:params:scim:schemas:core:2.0:Group"], Schemas(body));
        Assert.Equal((Id, "00g1okta", "Engineering"), ((string?)body["id"], (string?)body["externalId"], (string?)body["displayName"]));
        Assert.Equal(
            $$"""[{"value":"u1","display":"Ada Lovelace","$ref":"{{UsersUrl}}/u1","type":"User"},{"value":"u2","display":"Alan Turing","$ref":"{{UsersUrl}}/u2","type":"User"}]""",
            body["members"]!.ToJsonString());
        Assert.Equal(
            $$"""{"resourceType":"Group","created":"2026-03-01T09:00:00Z","lastModified":"2026-03-02T08:30:15.25Z","location":"{{GroupsUrl}}/{{Id}}","version":"W/\"4\""}""",
            body["meta"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task WriteAsync_V1_HasTheCoreSchemaPlainMembersAndMetaWithoutResourceType()
    {
        var body = await WriteAsync(Engineering, ScimV1Dialect.Instance, TwoMembers);

        Assert.Equal(["urn:scim:schemas:core:1.0"], Schemas(body));
        Assert.Equal("""[{"value":"u1","display":"Ada Lovelace"},{"value":"u2","display":"Alan Turing"}]""", body["members"]!.ToJsonString());
        Assert.Equal(["created", "lastModified", "location", "version"], body["meta"]!.AsObject().Select(p => p.Key));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task WriteAsync_NoMembers_IsAnEmptyArray(IScimDialect dialect)
    {
        var body = await WriteAsync(Engineering, dialect, []);

        Assert.Empty(body["members"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task WriteAsync_MembersNotRead_LeavesMembersOut(IScimDialect dialect)
    {
        var body = await WriteAsync(Engineering, dialect, members: null);

        Assert.False(body.ContainsKey("members"));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task WriteAsync_ExcludedMembers_LeavesThemOutEvenWhenGiven(IScimDialect dialect)
    {
        var body = await WriteAsync(Engineering, dialect, TwoMembers, Select(excludedAttributes: "members"));

        Assert.Equal(["schemas", "id", "externalId", "displayName", "meta"], body.Select(p => p.Key));
    }

    [Fact]
    public async Task WriteAsync_AttributesSelection_WritesThoseAndTheAlwaysReturnedOnes()
    {
        var profile = Engineering with { CustomExtensions = $$$"""{"{{{OktaExtension}}}":{"description":"Builds things"}}""" };

        var body = await WriteAsync(profile, ScimV2Dialect.Instance, TwoMembers, Select(attributes: "displayName"));

        Assert.Equal(["schemas", "id", "displayName"], body.Select(p => p.Key));
        Assert.Equal([ScimV2Dialect.Instance.GroupSchema], Schemas(body));
    }

    [Fact]
    public async Task WriteAsync_AttributesNamingMemberValues_WritesTheMembers()
    {
        var body = await WriteAsync(Engineering, ScimV2Dialect.Instance, TwoMembers, Select(attributes: "members.value"));

        Assert.Equal(["schemas", "id", "members"], body.Select(p => p.Key));
        Assert.Equal(2, body["members"]!.AsArray().Count);
    }

    [Fact]
    public async Task WriteAsync_NoExternalId_LeavesItOut()
    {
        var body = await WriteAsync(Engineering with { ExternalId = null }, ScimV2Dialect.Instance, []);

        Assert.False(body.ContainsKey("externalId"));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task WriteAsync_ExtensionObjects_AsSentAndListedInSchemas(IScimDialect dialect)
    {
        var profile = Engineering with
        {
            CustomExtensions = $$$"""{"{{{OktaExtension}}}":{"description":"Builds things","tags":["a",1,true,null]},"{{{AcmeExtension}}}":{"floor":3}}""",
        };

        var body = await WriteAsync(profile, dialect, []);

        Assert.Equal([dialect.GroupSchema, OktaExtension, AcmeExtension], Schemas(body));
        Assert.Equal("""{"description":"Builds things","tags":["a",1,true,null]}""", body[OktaExtension]!.ToJsonString());
        Assert.Equal("""{"floor":3}""", body[AcmeExtension]!.ToJsonString());
    }

    [Fact]
    public async Task WriteAsync_ExcludedExtension_IsNeitherWrittenNorListedInSchemas()
    {
        var profile = Engineering with { CustomExtensions = $$$"""{"{{{OktaExtension}}}":{"description":"Builds things"},"{{{AcmeExtension}}}":{"floor":3}}""" };

        var body = await WriteAsync(profile, ScimV1Dialect.Instance, [], Select(excludedAttributes: OktaExtension));

        Assert.False(body.ContainsKey(OktaExtension));
        Assert.Equal([ScimV1Dialect.Instance.GroupSchema, AcmeExtension], Schemas(body));
    }

    [Fact]
    public async Task WriteAsync_AttributesNamingAnExtension_WritesOnlyThatExtension()
    {
        var profile = Engineering with { CustomExtensions = $$$"""{"{{{OktaExtension}}}":{"description":"Builds things"},"{{{AcmeExtension}}}":{"floor":3}}""" };

        var body = await WriteAsync(profile, ScimV2Dialect.Instance, TwoMembers, Select(attributes: OktaExtension));

        Assert.Equal(["schemas", "id", OktaExtension], body.Select(p => p.Key));
        Assert.Equal([ScimV2Dialect.Instance.GroupSchema, OktaExtension], Schemas(body));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task WriteAsync_FiveThousandStreamedMembers_AreAllWrittenInOrder(IScimDialect dialect)
    {
        const int count = 5_000;

        var body = await WriteStreamedAsync(Engineering, dialect, Members(count));

        var members = body["members"]!.AsArray();
        Assert.Equal(count, members.Count);
        Assert.Equal(Enumerable.Range(0, count).Select(UserId), members.Select(m => (string)m!["value"]!));
        Assert.Equal("Member 4999", (string?)members[^1]!["display"]);
    }

    [Fact]
    public async Task WriteAsync_ManyMembers_AreFlushedToTheStreamBeforeTheLastIsRead()
    {
        using var stream = new MemoryStream();
        var writtenBeforeTheLast = -1L;

        async IAsyncEnumerable<GroupMemberView> WatchedMembers()
        {
            await foreach (var member in Members(2_000))
            {
                if (member.UserId == UserId(1_999)) writtenBeforeTheLast = stream.Length;
                yield return member;
            }
        }

        await WriteToAsync(stream, Engineering, ScimV2Dialect.Instance, WatchedMembers(), Select());

        // Flushed every 500 members: at least 1,500 were on the stream, each longer than its bare value object.
        Assert.InRange(writtenBeforeTheLast, 1_500 * """{"value":"u0000"}""".Length, stream.Length - 1);
    }

    [Fact]
    public async Task WriteAsync_Cancelled_StopsReadingMembers()
    {
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        async IAsyncEnumerable<GroupMemberView> CancellingMembers([EnumeratorCancellation] CancellationToken ct = default)
        {
            await foreach (var member in Members(1_000).WithCancellation(ct))
            {
                if (++read == 10) await cancellation.CancelAsync();
                ct.ThrowIfCancellationRequested();
                yield return member;
            }
        }

        using var stream = new MemoryStream();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            WriteToAsync(stream, Engineering, ScimV2Dialect.Instance, CancellingMembers(), Select(), cancellation.Token));
        Assert.Equal(10, read);
    }

    private static Task<JsonObject> WriteAsync(GroupProfile profile, IScimDialect dialect, IEnumerable<GroupMemberView>? members, ScimAttributeSelection? selection = null) =>
        WriteStreamedAsync(profile, dialect, members?.ToAsyncEnumerable(), selection);

    private static async Task<JsonObject> WriteStreamedAsync(GroupProfile profile, IScimDialect dialect, IAsyncEnumerable<GroupMemberView>? members, ScimAttributeSelection? selection = null)
    {
        using var stream = new MemoryStream();
        await WriteToAsync(stream, profile, dialect, members, selection ?? Select());
        return JsonNode.Parse(stream.ToArray())!.AsObject();
    }

    private static async Task WriteToAsync(
        MemoryStream stream,
        GroupProfile profile,
        IScimDialect dialect,
        IAsyncEnumerable<GroupMemberView>? members,
        ScimAttributeSelection selection,
        CancellationToken ct = default)
    {
        await using var writer = new Utf8JsonWriter(stream);
        await ScimGroupWriter.WriteAsync(writer, new GroupView(Id, profile, Created, Modified, 4), members, dialect, GroupsUrl, UsersUrl, selection, ct);
        await writer.FlushAsync(ct);
    }

    /// <summary>Members as the database streams them, one at a time and asynchronously.</summary>
    private static async IAsyncEnumerable<GroupMemberView> Members(int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i % 100 == 0) await Task.Yield();
            yield return new GroupMemberView(UserId(i), $"Member {i}");
        }
    }

    private static string UserId(int i) => $"u{i:D4}";

    private static IEnumerable<string> Schemas(JsonObject body) => body["schemas"]!.AsArray().Select(s => (string)s!);
}
