using System.Text.Json.Nodes;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Patching;
using Platform.Api.Scim.Common.Users;
using Platform.Api.Scim.V1;
using Platform.Api.Scim.V2;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Users;

namespace Platform.UnitTests.Api.Scim;

/// <summary>Reads PATCH bodies the way the endpoint does (one builder per request) and applies them to a known user.</summary>
internal static class ScimUserPatching
{
    public const string EnterpriseV2 = ScimUserSchemas.EnterpriseUserV2;

    public const string EnterpriseV1 = ScimUserSchemas.EnterpriseV1;

    /// <summary>A user as Okta creates one, with a little of everything a patch can touch.</summary>
    public static UserProfile Ada { get; } = new(
        "ada@example.com",
        ExternalId: "00u1okta",
        Name: new PersonName("Ada", "Lovelace"),
        DisplayName: "Ada Lovelace",
        Title: "Countess",
        Locale: "en-GB",
        Emails: [new ContactValue("ada@example.com", "work", Primary: true), new ContactValue("ada@home.example", "home")],
        PhoneNumbers: [new ContactValue("+44 20 7946 0000", "work")],
        Enterprise: new EnterpriseProfile(EmployeeNumber: "1815", Department: "Analytics", ManagerId: "m-0"));

    /// <summary>A 2.0 PatchOp body around operations written as JSON.</summary>
    public static string PatchOp(params string[] operations) =>
        $$"""{"schemas":["{{ScimV2PatchOperations.Schema}}"],"Operations":[{{string.Join(',', operations)}}]}""";

    public static UserChanges ReadV2(params string[] operations) => ReadV2(Parse(PatchOp(operations)));

    public static UserChanges ReadV2(JsonObject body) => Succeed(ScimV2UserPatch.Read, body);

    public static UserProfile PatchV2(UserProfile before, params string[] operations) => ReadV2(operations).ApplyTo(before);

    public static ScimProblem ProblemV2(string body) => ProblemV2(Parse(body));

    public static ScimProblem ProblemV2(JsonObject body) => Fail(ScimV2UserPatch.Read, body);

    public static ScimProblem OperationProblemV2(string operation) => ProblemV2(PatchOp(operation));

    public static UserChanges ReadV1(string body) => Succeed(ScimV1UserPatch.Read, Parse(body));

    public static UserProfile PatchV1(UserProfile before, string body) => ReadV1(body).ApplyTo(before);

    public static ScimProblem ProblemV1(string body) => Fail(ScimV1UserPatch.Read, Parse(body));

    /// <summary>A whole resource (POST, PUT) as the endpoint reads it: every attribute it leaves out is empty.</summary>
    public static UserProfile Resource(string body)
    {
        var builder = new ScimUserChangeBuilder();
        var applied = builder.ApplyResource(Parse(body), ScimPatchOperation.Replace);
        Assert.True(applied.IsSuccess, applied.Problem?.Detail);
        return builder.Changes.ApplyTo(new UserProfile(string.Empty));
    }

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static UserChanges Succeed(ScimUserEndpoints.PatchReader read, JsonObject body)
    {
        var builder = new ScimUserChangeBuilder();
        var applied = read(body, builder);
        Assert.True(applied.IsSuccess, applied.Problem?.Detail);
        return builder.Changes;
    }

    private static ScimProblem Fail(ScimUserEndpoints.PatchReader read, JsonObject body)
    {
        var applied = read(body, new ScimUserChangeBuilder());
        Assert.False(applied.IsSuccess);
        Assert.Equal(400, applied.Problem.Status);
        return applied.Problem;
    }
}
