using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimBench;

/// <summary>
/// The SCIM 2.0 requests Okta sends, against one company's base URL, with its integration token as a Bearer token.
/// Users are numbered; a user's userName and externalId follow from its number.
/// </summary>
internal sealed class ScimApi : IDisposable
{
    private static readonly MediaTypeHeaderValue ScimJson = new("application/scim+json") { CharSet = "utf-8" };
    private readonly HttpClient _http;

    public ScimApi(Uri baseUrl, string token, int maxConnections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        _http = new HttpClient(handler, disposeHandler: true) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(120) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/scim+json"));
    }

    public static string UserName(int user) => string.Create(CultureInfo.InvariantCulture, $"bench.u{user:D7}@example.com");

    public static string ExternalId(int user) => string.Create(CultureInfo.InvariantCulture, $"00ub{user:D7}");

    /// <summary>POST /Users with the body Okta's SCIM 2.0 app sends (password and empty groups included).</summary>
    public Task<Answer> CreateAsync(int user, CancellationToken ct)
    {
        var number = user.ToString("D7", CultureInfo.InvariantCulture);
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:User"),
            ["userName"] = UserName(user),
            ["externalId"] = ExternalId(user),
            ["name"] = new JsonObject { ["givenName"] = $"Given{number}", ["familyName"] = $"Family{number}" },
            ["displayName"] = $"Given{number} Family{number}",
            ["emails"] = new JsonArray(new JsonObject { ["primary"] = true, ["value"] = UserName(user), ["type"] = "work" }),
            ["locale"] = "en-US",
            ["active"] = true,
            ["password"] = "Bench-Passw0rd!",
            ["groups"] = new JsonArray(),
        };
        return SendAsync(HttpMethod.Post, "Users", body, ct);
    }

    public Task<Answer> GetAsync(string id, CancellationToken ct) => SendAsync(HttpMethod.Get, $"Users/{id}", null, ct);

    public Task<Answer> FilterAsync(string attribute, string value, CancellationToken ct) =>
        SendAsync(HttpMethod.Get, $"Users?filter={Uri.EscapeDataString($"{attribute} eq \"{value}\"")}", null, ct);

    public Task<Answer> PageAsync(int startIndex, int count, CancellationToken ct) =>
        SendAsync(HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"Users?startIndex={startIndex}&count={count}"), null, ct);

    /// <summary>Okta's deactivate: a PatchOp with one path-less replace of <c>active</c>.</summary>
    public Task<Answer> DeactivateAsync(string id, CancellationToken ct) => SetActiveAsync(id, false, ct);

    public Task<Answer> ReactivateAsync(string id, CancellationToken ct) => SetActiveAsync(id, true, ct);

    public static string GroupPath(string id, bool members) => members ? $"Groups/{id}" : $"Groups/{id}?excludedAttributes=members";

    /// <summary>Okta's link lookup (<c>filter=displayName eq</c>, first page of 100); Okta sends it without excludedAttributes.</summary>
    public static string FindGroupPath(string displayName, bool members) =>
        $"Groups?filter={Uri.EscapeDataString($"displayName eq \"{displayName}\"")}&startIndex=1&count=100{(members ? string.Empty : "&excludedAttributes=members")}";

    public Task<Answer> GetPathAsync(string path, CancellationToken ct) => SendAsync(HttpMethod.Get, path, null, ct);

    /// <summary>Okta's push: POST /Groups with a displayName and no members.</summary>
    public Task<Answer> CreateGroupAsync(string displayName, CancellationToken ct) => SendAsync(HttpMethod.Post, "Groups", new JsonObject
    {
        ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Group"),
        ["displayName"] = displayName,
        ["members"] = new JsonArray(),
    }, ct);

    /// <summary>A 2.0 PatchOp of the given operations on one group (204 expected: no attributes asked for).</summary>
    public Task<Answer> PatchGroupAsync(string id, IReadOnlyList<JsonObject> operations, CancellationToken ct) => SendAsync(HttpMethod.Patch, $"Groups/{id}", new JsonObject
    {
        ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:PatchOp"),
        ["Operations"] = new JsonArray([.. operations]),
    }, ct);

    public static JsonObject AddMembers(IEnumerable<string> userIds) => MembersOperation("add", userIds);

    public static JsonObject ReplaceMembers(IEnumerable<string> userIds) => MembersOperation("replace", userIds);

    public static JsonObject RemoveMember(string userId) => new() { ["op"] = "remove", ["path"] = $"members[value eq \"{userId}\"]" };

    public Task<Answer> DeleteGroupAsync(string id, CancellationToken ct) => SendAsync(HttpMethod.Delete, $"Groups/{id}", null, ct);

    /// <summary>
    /// A GET whose body is read as it arrives: the time until the response headers came (the server sends them with
    /// its first flush, so for a streamed body this is long before the end) and the body's length, the body itself
    /// only when asked for.
    /// </summary>
    public async Task<StreamedAnswer> GetStreamedAsync(string path, bool keepBody, CancellationToken ct)
    {
        var sent = System.Diagnostics.Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        var headersMs = System.Diagnostics.Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        using var kept = keepBody || !response.IsSuccessStatusCode ? new MemoryStream() : null;
        var buffer = new byte[64 * 1024];
        long length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            length += read;
            kept?.Write(buffer, 0, read);
        }

        return new StreamedAnswer(new Answer((int)response.StatusCode, kept?.ToArray() ?? []), length, headersMs);
    }

    public void Dispose() => _http.Dispose();

    private static JsonObject MembersOperation(string op, IEnumerable<string> userIds) => new()
    {
        ["op"] = op,
        ["path"] = "members",
        ["value"] = new JsonArray([.. userIds.Select(id => (JsonNode)new JsonObject { ["value"] = id })]),
    };

    private Task<Answer> SetActiveAsync(string id, bool active, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:PatchOp"),
            ["Operations"] = new JsonArray(new JsonObject { ["op"] = "replace", ["value"] = new JsonObject { ["active"] = active } }),
        };
        return SendAsync(HttpMethod.Patch, $"Users/{id}", body, ct);
    }

    private async Task<Answer> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToJsonString()));
            request.Content.Headers.ContentType = ScimJson;
        }

        using var response = await _http.SendAsync(request, ct);
        return new Answer((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(ct));
    }
}

/// <summary>A response read as a stream: its status (and body when kept), its length, and when its headers came.</summary>
internal sealed record StreamedAnswer(Answer Answer, long Bytes, double HeadersMs);

/// <summary>A response: status and raw body. Parsing is left to whoever needs it, so that reads cost the client little.</summary>
internal sealed record Answer(int Status, byte[] Body)
{
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.Clone();
    }

    public string? Unless(int expected) =>
        Status == expected ? null : $"HTTP {Status} (expected {expected}): {Encoding.UTF8.GetString(Body.AsSpan(0, Math.Min(Body.Length, 300)))}";
}
