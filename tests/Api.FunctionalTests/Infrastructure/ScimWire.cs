using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Platform.Api.FunctionalTests.Infrastructure;

/// <summary>Bodies and requests as Okta sends them, per SCIM version.</summary>
public static class ScimWire
{
    public const string CoreV1 = "urn:scim:schemas:core:1.0";
    public const string UserV2 = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public const string EnterpriseV2 = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    public static JsonObject OktaUser(string version, string userName, string given = "Ada", string family = "Lovelace") => new()
    {
        ["schemas"] = new JsonArray(version == "v1" ? CoreV1 : UserV2),
        ["userName"] = userName,
        ["name"] = new JsonObject { ["givenName"] = given, ["familyName"] = family },
        ["emails"] = new JsonArray(new JsonObject { ["primary"] = true, ["value"] = userName, ["type"] = "work" }),
        ["displayName"] = $"{given} {family}",
        ["locale"] = version == "v1" ? "en_US" : "en-US",
        ["externalId"] = $"00u{Guid.NewGuid():N}"[..20],
        ["groups"] = new JsonArray(),
        ["password"] = "t1meMa$heen",
        ["active"] = true,
    };

    public static JsonObject Deactivate(string version, string id, bool active = false) => version == "v1"
        ? new JsonObject { ["schemas"] = new JsonArray(CoreV1), ["id"] = id, ["active"] = active }
        : new JsonObject
        {
            ["schemas"] = new JsonArray(PatchOp),
            ["Operations"] = new JsonArray(new JsonObject { ["op"] = "replace", ["value"] = new JsonObject { ["active"] = active } }),
        };

    public static JsonObject Patch(params JsonObject[] operations) => new()
    {
        ["schemas"] = new JsonArray(PatchOp),
        ["Operations"] = new JsonArray(operations.Select(o => (JsonNode)o).ToArray()),
    };

    public static StringContent Content(JsonNode body, string version) =>
        Content(body.ToJsonString(), version);

    public static StringContent Content(string body, string version)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(version == "v1" ? "application/json" : "application/scim+json") { CharSet = "utf-8" };
        return content;
    }

    public static Task<HttpResponseMessage> PostScim(this HttpClient client, string url, JsonNode body, string version) =>
        client.PostAsync(url, Content(body, version));

    public static Task<HttpResponseMessage> PutScim(this HttpClient client, string url, JsonNode body, string version) =>
        client.PutAsync(url, Content(body, version));

    public static Task<HttpResponseMessage> PatchScim(this HttpClient client, string url, JsonNode body, string version) =>
        client.PatchAsync(url, Content(body, version));
}
