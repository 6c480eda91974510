using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Groups;
using Platform.Api.Scim.V1;
using Platform.Api.Scim.V2;
using Platform.Application.Directory.Groups;
using static Platform.UnitTests.Api.Scim.ScimUserPatching;

namespace Platform.UnitTests.Api.Scim;

/// <summary>Reads group PATCH bodies the way the endpoint does (one builder per request) and describes the membership steps.</summary>
internal static class ScimGroupPatching
{
    public const string OktaExtension = ScimGroupSchemas.OktaGroupExtension;

    public static ScimGroupChangeBuilder ReadV2(params string[] operations) => ReadV2(Parse(PatchOp(operations)));

    public static ScimGroupChangeBuilder ReadV2(JsonObject body) => Succeed(ScimV2GroupPatch.Read, body);

    public static ScimProblem ProblemV2(string body) => Fail(ScimV2GroupPatch.Read, Parse(body));

    public static ScimProblem ProblemV2(JsonObject body) => Fail(ScimV2GroupPatch.Read, body);

    public static ScimProblem OperationProblemV2(string operation) => ProblemV2(PatchOp(operation));

    public static ScimGroupChangeBuilder ReadV1(string body) => Succeed(ScimV1GroupPatch.Read, Parse(body));

    public static ScimProblem ProblemV1(string body) => Fail(ScimV1GroupPatch.Read, Parse(body));

    /// <summary>
    /// The membership steps in order, as text (<c>add [u1,u2]</c>, <c>remove [u3]</c>, <c>remove all</c>,
    /// <c>replace []</c>): the change records hold lists, which compare by reference.
    /// </summary>
    public static IEnumerable<string> Steps(ScimGroupChangeBuilder builder) => builder.Members.Select(change => change switch
    {
        AddMembers add => $"add [{string.Join(',', add.UserIds)}]",
        RemoveMembers remove => $"remove [{string.Join(',', remove.UserIds)}]",
        RemoveAllMembers => "remove all",
        ReplaceMembers replace => $"replace [{string.Join(',', replace.UserIds)}]",
        _ => throw new ArgumentOutOfRangeException(nameof(builder), change, "Unknown membership change."),
    });

    private static ScimGroupChangeBuilder Succeed(ScimGroupEndpoints.PatchReader read, JsonObject body)
    {
        var builder = new ScimGroupChangeBuilder();
        var applied = read(body, builder);
        Assert.True(applied.IsSuccess, applied.Problem?.Detail);
        return builder;
    }

    private static ScimProblem Fail(ScimGroupEndpoints.PatchReader read, JsonObject body)
    {
        var applied = read(body, new ScimGroupChangeBuilder());
        Assert.False(applied.IsSuccess);
        Assert.Equal(400, applied.Problem.Status);
        return applied.Problem;
    }
}
