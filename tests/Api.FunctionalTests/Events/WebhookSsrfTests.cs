using System.Net;
using Npgsql;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Events;

/// <summary>
/// The SSRF guard with its default settings (no private networks): loopback, link-local (cloud metadata), private
/// and CGNAT addresses are refused at registration, literal or behind a host name; a host name that resolves to a
/// private address only later (DNS rebinding, simulated by changing the stored URL) is refused at connect time.
/// </summary>
public sealed class WebhookSsrfTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Theory]
    [InlineData("http://127.0.0.1/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("http://192.168.0.10/hook")]
    [InlineData("http://172.20.0.1/hook")]
    [InlineData("http://100.64.0.1/hook")]
    [InlineData("http://0.0.0.0/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://[fd00::1]/hook")]
    [InlineData("http://[::ffff:127.0.0.1]/hook")]
    [InlineData("http://localhost/hook")]
    public async Task Register_NonPublicAddress_IsRefused(string url)
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);
        var response = await admin.PostJsonAsync($"/api/companies/{company.Key}/webhooks", new { url });
        await WebhooksTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "webhooks.url_refused");
        Assert.Contains("AllowPrivateNetworks", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HostResolvingToPrivateAddressLater_IsRefusedAtConnectTime()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);
        await using var receiver = await WebhookReceiver.StartNewAsync();
        // A public address at registration (a literal: no DNS needed) ...
        var (id, _) = await admin.CreateWebhookAsync(company.Key, "http://93.184.215.14/hook");
        // ... whose name now points at the receiver on loopback.
        await using (var connection = new NpgsqlConnection(factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var update = new NpgsqlCommand("UPDATE webhook_endpoints SET url = @url WHERE id = @id", connection);
            update.Parameters.AddWithValue("url", $"http://localhost:{receiver.Port}/hook");
            update.Parameters.AddWithValue("id", Guid.Parse(id));
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        await factory.CreateUserAsync(company.Id, "rebound@example.com");

        var deadline = DateTime.UtcNow.AddSeconds(30);
        System.Text.Json.Nodes.JsonNode? attempt = null;
        while (attempt is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "no attempt was recorded");
            await Task.Delay(200);
            attempt = (await admin.GetWebhookAsync(company.Key, id))["attempts"]!.AsArray().FirstOrDefault();
        }

        Assert.Null(attempt!["statusCode"]);
        Assert.Equal("will_retry", (string)attempt["outcome"]!);
        Assert.Contains("Refused to connect", (string)attempt["error"]!);
        Assert.Empty(receiver.Received);
    }
}
