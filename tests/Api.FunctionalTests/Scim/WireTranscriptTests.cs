using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>
/// Okta's and Entra's provisioning flows replayed request by request, and every answer (status, the headers a client
/// reads, the body as sent) compared byte for byte with a transcript recorded from the server before a change. Only
/// what differs per run (company key, ids, times, ETags) is replaced by placeholders. A refactoring that changes
/// nothing on the wire keeps this green; a deliberate wire change re-records with
/// <c>PLATFORM_RECORD_TRANSCRIPTS=1 dotnet test tests/Api.FunctionalTests --filter WireTranscriptTests</c> and
/// shows the difference in review.
/// </summary>
public sealed partial class WireTranscriptTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    private static readonly string[] HeadersClientsRead = ["Content-Type", "Location", "ETag", "WWW-Authenticate"];

    [Fact]
    public Task OktaScim11_UsersAndPushGroups_AnswerAsRecorded() => ReplayAsync(factory, "okta-scim11");

    [Fact]
    public Task OktaScim20_UsersAndPushGroups_AnswerAsRecorded() => ReplayAsync(factory, "okta-scim20");

    [Fact]
    public Task Entra_UsersAndGroups_AnswerAsRecorded() => ReplayAsync(factory, "entra-scim20");

    /// <summary>
    /// Replays the flow recorded as <paramref name="transcript"/> (<c>okta-scim11</c>, <c>okta-scim20</c> or
    /// <c>entra-scim20</c>) against <paramref name="factory"/>'s server, for a new company, and compares the answers
    /// with the recording; also used to run the same flows on other databases.
    /// </summary>
    internal static Task ReplayAsync(PlatformApiFactory factory, string transcript) => transcript switch
    {
        "okta-scim11" => ReplayAsync(factory, transcript, "v1", OktaFlow("v1")),
        "okta-scim20" => ReplayAsync(factory, transcript, "v2", OktaFlow("v2")),
        "entra-scim20" => ReplayAsync(factory, transcript, "v2", EntraFlow()),
        _ => throw new ArgumentOutOfRangeException(nameof(transcript), transcript, "no such transcript"),
    };

    private sealed record Step(string Method, string Path, string? Body = null, string? Authorization = "token");

    private static IEnumerable<Step> OktaFlow(string v)
    {
        var core = v == "v1" ? "urn:scim:schemas:core:1.0" : "urn:ietf:params:scim:schemas:core:2.0:User";
        var groupCore = v == "v1" ? "urn:scim:schemas:core:1.0" : "urn:ietf:params:scim:schemas:core:2.0:Group";
        yield return new("GET", "/Users?filter=userName%20eq%20%22ada%40example.com%22&startIndex=1&count=100", Authorization: "wrong");
        yield return new("GET", "/Users?filter=userName%20eq%20%22ada%40example.com%22&startIndex=1&count=100", Authorization: null);
        yield return new("GET", "/Users?filter=userName%20eq%20%22ada%40example.com%22&startIndex=1&count=100");
        yield return new("GET", v == "v1" ? "/ServiceProviderConfigs" : "/ServiceProviderConfig");
        yield return new("POST", "/Users", $$"""{"schemas":["{{core}}"],"userName":"ada@example.com","name":{"givenName":"Ada","familyName":"Lovelace"},"emails":[{"primary":true,"value":"ada@example.com","type":"work"}],"displayName":"Ada Lovelace","locale":"en_US","externalId":"00u1ada","groups":[],"password":"t1meMa$heen","active":true}""");
        yield return new("POST", "/Users", $$"""{"schemas":["{{core}}"],"userName":"grace@example.com","name":{"givenName":"Grace","familyName":"Hopper"},"emails":[{"primary":true,"value":"grace@example.com","type":"work"}],"displayName":"Grace Hopper","externalId":"00u2grace","active":true}""");
        yield return new("POST", "/Users", $$"""{"schemas":["{{core}}"],"userName":"ADA@example.com","active":true}""");
        yield return new("GET", "/Users/{id1}");
        yield return new("PUT", "/Users/{id1}", $$"""{"schemas":["{{core}}"],"id":"{id1}","userName":"ada@example.com","name":{"givenName":"Ada","familyName":"Byron"},"emails":[{"primary":true,"value":"ada@example.com","type":"work"}],"displayName":"Ada Byron","title":"Analyst","externalId":"00u1ada","password":"ignored","active":true}""");
        yield return v == "v1"
            ? new("PATCH", "/Users/{id1}", $$"""{"schemas":["{{core}}"],"id":"{id1}","active":false}""")
            : new("PATCH", "/Users/{id1}", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"active":false}}]}""");
        yield return new("GET", "/Users?filter=userName%20eq%20%22ADA%40EXAMPLE.COM%22&startIndex=1&count=100");
        yield return v == "v1"
            ? new("PATCH", "/Users/{id1}", $$"""{"schemas":["{{core}}"],"id":"{id1}","active":true}""")
            : new("PATCH", "/Users/{id1}", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"active":true}}]}""");
        yield return new("GET", "/Users?startIndex=1&count=1");
        yield return new("GET", "/Users?startIndex=2&count=100");
        yield return new("GET", "/Users?startIndex=0&count=-1");
        yield return new("GET", "/Users?filter=nickName%20co%20%22x%22");
        yield return new("GET", "/Users/00000000-0000-0000-0000-000000000000");
        yield return new("GET", "/Users/not-an-id");
        yield return new("POST", "/Users", "{not json");
        yield return new("GET", "/Groups?filter=displayName%20eq%20%22Engineering%22&startIndex=1&count=100");
        yield return new("POST", "/Groups", $$"""{"schemas":["{{groupCore}}","urn:okta:custom:group:1.0"],"displayName":"Engineering","urn:okta:custom:group:1.0":{"description":"Builds things"},"members":[{"value":"{id1}","display":"ada@example.com"}]}""");
        yield return new("POST", "/Groups", """{"displayName":"ENGINEERING"}""");
        yield return new("GET", "/Groups/{id3}");
        yield return new("GET", "/Groups/{id3}?excludedAttributes=members");
        yield return v == "v1"
            ? new("PATCH", "/Groups/{id3}", $$"""{"schemas":["{{groupCore}}"],"members":[{"value":"{id2}","display":"grace@example.com"},{"value":"{id1}","operation":"delete"}]}""")
            : new("PATCH", "/Groups/{id3}", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"members","value":[{"value":"{id2}","display":"grace@example.com"}]},{"op":"remove","path":"members[value eq \"{id1}\"]"}]}""");
        yield return new("GET", "/Groups/{id3}");
        yield return v == "v1"
            ? new("PATCH", "/Groups/{id3}", $$"""{"schemas":["{{groupCore}}"],"displayName":"Engineering Team"}""")
            : new("PATCH", "/Groups/{id3}", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"id":"{id3}","displayName":"Engineering Team"}}]}""");
        yield return new("PUT", "/Groups/{id3}", $$"""{"schemas":["{{groupCore}}"],"id":"{id3}","displayName":"Engineering Team","members":[{"value":"{id1}"},{"value":"{id2}"}]}""");
        yield return new("PATCH", "/Groups/{id3}", v == "v1"
            ? $$"""{"schemas":["{{groupCore}}"],"members":[{"value":"00000000-0000-0000-0000-000000000001"}]}"""
            : """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"members","value":[{"value":"00000000-0000-0000-0000-000000000001"}]}]}""");
        yield return new("GET", "/Groups?startIndex=1&count=100");
        yield return new("GET", "/Users/{id1}");
        yield return new("DELETE", "/Groups/{id3}");
        yield return new("DELETE", "/Groups/{id3}");
        yield return new("DELETE", "/Users/{id2}");
        yield return new("GET", "/Users/{id2}");
        yield return new("GET", "/Nowhere");
    }

    private static IEnumerable<Step> EntraFlow()
    {
        const string patchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
        yield return new("GET", "/Users?filter=userName+eq+%22AAD_probe_0000%22", Authorization: "Bearer token");
        yield return new("GET", "/Users?filter=externalId+eq+%22e1%22", Authorization: "Bearer token");
        yield return new("POST", "/Users", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],"externalId":"e1","userName":"alan@example.com","active":true,"addresses":[{"primary":true,"type":"work","streetAddress":"1 Main St"}],"displayName":"Alan Turing","emails":[{"primary":true,"type":"work","value":"alan@example.com"}],"meta":{"resourceType":"User"},"name":{"familyName":"Turing","givenName":"Alan"},"phoneNumbers":[{"primary":true,"type":"mobile","value":"+44 20 0000"}],"title":"Cryptanalyst","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Hut 8","employeeNumber":"8","manager":{"value":"m1"}}}""", "Bearer token");
        yield return new("PATCH", "/Users/{id1}", $$"""{"schemas":["{{patchOp}}"],"Operations":[{"op":"Replace","path":"displayName","value":"Alan M. Turing"},{"op":"Replace","path":"active","value":"False"},{"op":"Add","path":"emails[type eq \"work\"].value","value":"alan.turing@example.com"},{"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Hut 4"},{"op":"Add","path":"addresses[type eq \"work\"].locality","value":"Bletchley"}]}""", "Bearer token");
        yield return new("GET", "/Users/{id1}", Authorization: "Bearer token");
        yield return new("PATCH", "/Users/{id1}", $$"""{"schemas":["{{patchOp}}"],"Operations":[{"op":"Replace","path":"active","value":"True"},{"op":"Remove","path":"title"}]}""", "Bearer token");
        yield return new("PATCH", "/Users/{id1}", $$"""{"schemas":["{{patchOp}}"],"Operations":[{"op":"Replace","path":"nosuch.attribute","value":"x"}]}""", "Bearer token");
        yield return new("PATCH", "/Users/{id1}", $$"""{"schemas":["{{patchOp}}"],"Operations":[{"op":"Frobnicate","path":"title","value":"x"}]}""", "Bearer token");
        yield return new("GET", "/Groups?excludedAttributes=members&filter=displayName+eq+%22Codebreakers%22", Authorization: "Bearer token");
        yield return new("POST", "/Groups", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"externalId":"g1","displayName":"Codebreakers","members":[]}""", "Bearer token");
        yield return new("PATCH", "/Groups/{id2}", $$"""{"schemas":["{{patchOp}}"],"Operations":[{"op":"Add","path":"members","value":[{"value":"{id1}"}]}]}""", "Bearer token");
        yield return new("GET", "/Groups/{id2}?excludedAttributes=members", Authorization: "Bearer token");
        yield return new("GET", "/Groups?filter=id+eq+%22{id2}%22+and+members+eq+%22{id1}%22&excludedAttributes=members", Authorization: "Bearer token");
        yield return new("PATCH", "/Groups/{id2}", $$"""{"schemas":["{{patchOp}}"],"Operations":[{"op":"Remove","path":"members","value":[{"value":"{id1}"}]},{"op":"Replace","path":"displayName","value":"Hut 8"}]}""", "Bearer token");
        yield return new("GET", "/Groups/{id2}", Authorization: "Bearer token");
        yield return new("GET", "/ResourceTypes", Authorization: "Bearer token");
        yield return new("GET", "/Schemas", Authorization: "Bearer token");
        yield return new("DELETE", "/Users/{id1}", Authorization: "Bearer token");
        yield return new("GET", "/Users/{id1}", Authorization: "Bearer token");
    }

    private static async Task ReplayAsync(PlatformApiFactory factory, string name, string version, IEnumerable<Step> steps, [CallerFilePath] string thisFile = "")
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var baseUrl = $"/scim/{version}/{company.Key}";
        var ids = new List<string>();
        var transcript = new StringBuilder();

        foreach (var step in steps)
        {
            var path = WithIds(step.Path, ids);
            using var request = new HttpRequestMessage(new HttpMethod(step.Method), baseUrl + path);
            if (step.Authorization is { } authorization) request.Headers.TryAddWithoutValidation("Authorization", authorization.Replace("token", authorization == "wrong" ? "plat_scim_wrong" : token, StringComparison.Ordinal));
            if (step.Body is { } body) request.Content = ScimWire.Content(WithIds(body, ids), version);

            using var client = factory.ScimClient(null);
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            foreach (Match id in GuidPattern().Matches(text))
            {
                if (!ids.Contains(id.Value) && !id.Value.StartsWith("00000000-", StringComparison.Ordinal)) ids.Add(id.Value);
            }

            transcript.Append("> ").Append(step.Method).Append(' ').Append(step.Path).Append('\n');
            if (step.Body is not null) transcript.Append("> ").Append(step.Body).Append('\n');
            transcript.Append("< ").Append((int)response.StatusCode).Append('\n');
            foreach (var header in HeadersClientsRead)
            {
                if (response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values))
                {
                    transcript.Append("< ").Append(header).Append(": ").Append(string.Join(", ", values)).Append('\n');
                }
            }

            transcript.Append("< ").Append(text).Append("\n\n");
        }

        var actual = Normalise(transcript.ToString(), company.Key, ids);
        var file = Path.Combine(Path.GetDirectoryName(thisFile)!, "Transcripts", name + ".txt");
        if (Environment.GetEnvironmentVariable("PLATFORM_RECORD_TRANSCRIPTS") == "1")
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, actual);
        }

        Assert.True(File.Exists(file), $"No recorded transcript at {file}: record it with PLATFORM_RECORD_TRANSCRIPTS=1.");
        var expected = await File.ReadAllTextAsync(file);
        Assert.Equal(expected, actual);
    }

    private static string WithIds(string text, List<string> ids) =>
        IdPlaceholder().Replace(text, match => ids[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1]);

    private static string Normalise(string text, string companyKey, List<string> ids)
    {
        for (var i = 0; i < ids.Count; i++) text = text.Replace(ids[i], $"{{id{i + 1}}}", StringComparison.Ordinal);
        text = text.Replace($"/{companyKey}/", "/{company}/", StringComparison.Ordinal).Replace($"/{companyKey}\"", "/{company}\"", StringComparison.Ordinal);
        text = Timestamp().Replace(text, "{time}");
        return ETag().Replace(text, "W/\\\"{etag}\\\"");
    }

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"\{id(\d+)\}")]
    private static partial Regex IdPlaceholder();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"W/\\?""[^""\\]*\\?""")]
    private static partial Regex ETag();
}
