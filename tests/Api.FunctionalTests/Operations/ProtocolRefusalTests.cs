using System.Net;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Operations;

/// <summary>
/// Against the real Kestrel listener: an oversized request line or header block is refused in the caller's SCIM
/// shape up to Kestrel's hard limits, beyond them and for what Kestrel cannot parse (a NUL in the path) with its own
/// 4xx; nothing a client sends answers 5xx or stops the server.
/// </summary>
public sealed class ProtocolRefusalTests
{
    [Fact]
    public async Task HostileRequests_AreRefusedWith4xx_AndTheServerKeepsServing()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        await using var server = await ServerProcess.Start(database).ReadyAsync();
        var client = server.Client;

        var longUrl = await client.GetAsync($"/scim/v2/acme/Users?filter={new string('a', 10 * 1024)}");
        var bigHeader = new HttpRequestMessage(HttpMethod.Get, "/scim/v1/acme/Users");
        bigHeader.Headers.TryAddWithoutValidation("X-Padding", new string('a', 64 * 1024));
        var bigHeaderAnswer = await client.SendAsync(bigHeader);
        var hugeHeader = new HttpRequestMessage(HttpMethod.Get, "/scim/v2/acme/Users");
        hugeHeader.Headers.TryAddWithoutValidation("X-Padding", new string('a', 256 * 1024));
        var hugeHeaderAnswer = await client.SendAsync(hugeHeader);
        var nul = await client.GetAsync("/scim/v2/acme/Users/%00");

        Assert.Equal(HttpStatusCode.RequestUriTooLong, longUrl.StatusCode);
        Assert.Contains("urn:ietf:params:scim:api:messages:2.0:Error", await longUrl.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, bigHeaderAnswer.StatusCode);
        Assert.StartsWith("{\"Errors\":[{\"description\"", await bigHeaderAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, hugeHeaderAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.False(server.HasExited);
    }
}
