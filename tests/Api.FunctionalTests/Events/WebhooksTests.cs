using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Events;

/// <summary>
/// Webhooks on PostgreSQL, with receivers in the test process: every event of an Okta run, signed, in the events
/// API's order; retries while a receiver is down; a receiver that answers 500 forever ends failed with its attempts
/// visible, and a resend restarts it; the admin API's refusals.
/// </summary>
public sealed class WebhooksTests(WebhooksApiFactory factory) : IClassFixture<WebhooksApiFactory>
{
    [Fact]
    public Task OktaRun_Receiver_GetsEveryEventSignedInOrder() => OktaRunAsync(factory);

    internal static async Task OktaRunAsync(WebhooksApiFactory factory)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var admin = await factory.SignedInClientAsync(company);
        await using var all = await WebhookReceiver.StartNewAsync();
        await using var deactivations = await WebhookReceiver.StartNewAsync();
        var (id, secret) = await admin.CreateWebhookAsync(company.Key, all.Url);
        var (_, otherSecret) = await admin.CreateWebhookAsync(company.Key, deactivations.Url, "user.deactivated");
        Assert.StartsWith("whsec_", secret);
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);

        await WebhookClient.ScimRunAsync(factory.ScimClient(token), company.Key);

        var (expected, _) = await EventsReader.ReadAtLeastAsync(factory.EventsClient(await factory.CreateApiKeyAsync(company)), company.Key, WebhookClient.ScimRunEvents);
        var delivered = await all.AcceptedEventsAsync(WebhookClient.ScimRunEvents);
        Assert.Equal(expected.Select(e => (string)e["id"]!), delivered.Select(e => (string)e["id"]!));
        Assert.All(all.Received, r => Assert.True(StandardWebhookVerifier.IsValid(secret, r), $"bad signature on {r.Id}"));
        Assert.All(all.Received, r => Assert.False(StandardWebhookVerifier.IsValid(otherSecret, r)));
        Assert.All(all.Received, r => Assert.Equal((string)JsonNode.Parse(r.Body)!["id"]!, r.Id));

        // The body is the events API's event plus Standard Webhooks' timestamp.
        var first = delivered[0];
        Assert.Equal(expected[0].ToJsonString(), Without(first, "timestamp").ToJsonString());
        Assert.Equal((string)first["occurredAt"]!, (string)first["timestamp"]!);

        var onlyDeactivation = Assert.Single(await deactivations.AcceptedEventsAsync(1));
        Assert.Equal("user.deactivated", (string)onlyDeactivation["type"]!);

        // The receiver has the last event a moment before its attempt is recorded.
        var webhook = await admin.GetWebhookAsync(company.Key, id);
        for (var deadline = DateTime.UtcNow.AddSeconds(30); webhook["attempts"]!.AsArray().Count < WebhookClient.ScimRunEvents; await Task.Delay(50))
        {
            Assert.True(DateTime.UtcNow < deadline, $"only {webhook["attempts"]!.AsArray().Count} attempts were recorded");
            webhook = await admin.GetWebhookAsync(company.Key, id);
        }

        Assert.Equal("active", (string)webhook["status"]!);
        Assert.Null(webhook["secret"]);
        var attempts = webhook["attempts"]!.AsArray();
        Assert.All(attempts, a => Assert.Equal(200, (int)a!["statusCode"]!));
        Assert.All(attempts, a => Assert.Equal("delivered", (string)a!["outcome"]!));
    }

    [Fact]
    public async Task ReceiverDown_ForAWhile_GetsEverythingInOrderWhenBack()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var admin = await factory.SignedInClientAsync(company);
        await using var receiver = await WebhookReceiver.StartNewAsync();
        receiver.Answer = 503;
        var (id, secret) = await admin.CreateWebhookAsync(company.Key, receiver.Url);
        var scim = factory.ScimClient(token);

        await scim.PostScim($"/scim/v2/{company.Key}/Users", ScimWire.OktaUser("v2", "down0@example.com"), "v2");
        await EventuallyAsync(() => receiver.Received.Count >= 2, "the first event was not retried");
        await receiver.StopAsync();
        for (var i = 1; i < 4; i++) await scim.PostScim($"/scim/v2/{company.Key}/Users", ScimWire.OktaUser("v2", $"down{i}@example.com"), "v2");
        await Task.Delay(1200);

        var retrying = await admin.GetWebhookAsync(company.Key, id);
        Assert.Equal("retrying", (string)retrying["status"]!);
        var attempts = retrying["attempts"]!.AsArray();
        Assert.All(attempts, a => Assert.Equal("will_retry", (string)a!["outcome"]!));
        Assert.Contains(attempts, a => (int?)a!["statusCode"] == 503);
        Assert.Contains(attempts, a => a!["statusCode"] is null && !string.IsNullOrEmpty((string?)a["error"]));
        Assert.Single(attempts.Select(a => (string)a!["eventId"]!).Distinct());

        receiver.Answer = 200;
        await receiver.StartAsync();
        var delivered = await receiver.AcceptedEventsAsync(4);
        Assert.Equal(["down0@example.com", "down1@example.com", "down2@example.com", "down3@example.com"], delivered.Select(e => (string)e["data"]!["userName"]!));
        Assert.All(receiver.Received, r => Assert.True(StandardWebhookVerifier.IsValid(secret, r)));
        await admin.WaitForStatusAsync(company.Key, id, "active");
    }

    [Fact]
    public async Task Receiver500Forever_EndsFailedWithAttemptsVisible_ResendRestartsInOrder()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var admin = await factory.SignedInClientAsync(company);
        await using var receiver = await WebhookReceiver.StartNewAsync();
        receiver.Answer = 500;
        var (id, _) = await admin.CreateWebhookAsync(company.Key, receiver.Url);
        var scim = factory.ScimClient(token);
        await scim.PostScim($"/scim/v2/{company.Key}/Users", ScimWire.OktaUser("v2", "stuck@example.com"), "v2");
        await scim.PostScim($"/scim/v2/{company.Key}/Users", ScimWire.OktaUser("v2", "behind@example.com"), "v2");

        var failed = await admin.WaitForStatusAsync(company.Key, id, "failed", WebhooksApiFactory.GiveUpAfter * 6);
        Assert.NotNull(failed["failedAt"]);
        var attempts = failed["attempts"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.True(attempts.Count >= 3, $"{attempts.Count} attempts");
        Assert.Equal("gave_up", (string)attempts[0]["outcome"]!);
        Assert.All(attempts.Skip(1), a => Assert.Equal("will_retry", (string)a["outcome"]!));
        Assert.All(attempts, a => Assert.Equal(500, (int)a["statusCode"]!));
        Assert.Equal(Enumerable.Range(1, attempts.Count).Reverse(), attempts.Select(a => (int)a["number"]!));
        Assert.Single(attempts.Select(a => (string)a["eventId"]!).Distinct());
        Assert.All(receiver.Received, r => Assert.Contains("stuck@example.com", r.Body));

        // The console shows it too.
        var page = await admin.GetStringAsync($"/settings/webhooks/{id}");
        Assert.Contains("Failed", page);
        Assert.Contains("Gave up", page);
        Assert.Contains("500", page);

        // Resending the event it stopped at restarts it: that event, then the one behind it.
        receiver.Answer = 200;
        var resent = await admin.PostAsync($"/api/companies/{company.Key}/webhooks/{id}/attempts/{attempts[0]["id"]}/resend", null);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.True((bool)(await resent.ReadObjectAsync())["restarted"]!);
        var delivered = await receiver.AcceptedEventsAsync(2);
        Assert.Equal(["stuck@example.com", "behind@example.com"], delivered.Select(e => (string)e["data"]!["userName"]!));
        var active = await admin.WaitForStatusAsync(company.Key, id, "active");

        // Resending a delivered event sends it again at once, with the same webhook-id.
        var deliveredAttempt = active["attempts"]!.AsArray().First(a => (string)a!["outcome"]! == "delivered")!;
        var again = await (await admin.PostAsync($"/api/companies/{company.Key}/webhooks/{id}/attempts/{deliveredAttempt["id"]}/resend", null)).ReadObjectAsync();
        Assert.False((bool)again["restarted"]!);
        Assert.Equal("delivered", (string)again["attempt"]!["outcome"]!);
        Assert.True((bool)again["attempt"]!["resend"]!);
        Assert.Equal(2, receiver.Accepted.Count(r => r.Id == (string)deliveredAttempt["eventId"]!));
    }

    [Fact]
    public async Task DisabledEndpoint_GetsNothingUntilEnabled_ThenWhatHappenedMeanwhile()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);
        await using var receiver = await WebhookReceiver.StartNewAsync();
        var (id, _) = await admin.CreateWebhookAsync(company.Key, receiver.Url);
        var disabled = await (await admin.PostAsync($"/api/companies/{company.Key}/webhooks/{id}/disable", null)).ReadObjectAsync();
        Assert.Equal("disabled", (string)disabled["status"]!);

        await factory.CreateUserAsync(company.Id, "meanwhile@example.com");
        await Task.Delay(700);
        Assert.Empty(receiver.Received);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/companies/{company.Key}/webhooks/{id}/enable", null)).StatusCode);
        Assert.Equal("meanwhile@example.com", (string)(await receiver.AcceptedEventsAsync(1))[0]["data"]!["userName"]!);
    }

    [Fact]
    public async Task AdminApi_RefusesBadInput_MembersAndOtherCompanies_DeletesWithAttempts()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);
        var member = await factory.SignedInClientAsync(company, admin: false);
        var other = await factory.SignedInClientAsync(await factory.CreateCompanyAsync());
        var url = $"/api/companies/{company.Key}/webhooks";

        await AssertProblemAsync(await admin.PostJsonAsync(url, new { }), HttpStatusCode.BadRequest, "webhooks.url_required");
        await AssertProblemAsync(await admin.PostJsonAsync(url, new { url = "not a url" }), HttpStatusCode.BadRequest, "webhooks.url_refused");
        await AssertProblemAsync(await admin.PostJsonAsync(url, new { url = "ftp://example.com/hook" }), HttpStatusCode.BadRequest, "webhooks.url_refused");
        await AssertProblemAsync(await admin.PostJsonAsync(url, new { url = "http://user:pw@127.0.0.1/hook" }), HttpStatusCode.BadRequest, "webhooks.url_refused");
        await AssertProblemAsync(
            await admin.PostJsonAsync(url, new { url = "http://127.0.0.1/hook", eventTypes = UnknownTypes }), HttpStatusCode.BadRequest, "webhooks.unknown_event_type");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostJsonAsync(url, new { url = "http://127.0.0.1/hook" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);

        var (id, _) = await admin.CreateWebhookAsync(company.Key, "http://127.0.0.1:9/hook");
        var listed = (await (await admin.GetAsync(url)).Content.ReadAsStringAsync());
        Assert.Contains(id, listed);
        Assert.DoesNotContain("whsec_", listed);
        await AssertProblemAsync(await admin.GetAsync($"{url}/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "webhooks.endpoint_not_found");
        await AssertProblemAsync(await admin.PostAsync($"{url}/{id}/attempts/{Guid.NewGuid()}/resend", null), HttpStatusCode.NotFound, "webhooks.attempt_not_found");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{url}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{url}/{id}")).StatusCode);
        var activity = await admin.GetStringAsync("/activity");
        Assert.Contains("Added the webhook endpoint http://127.0.0.1:9/hook", activity);
        Assert.Contains("Deleted the webhook endpoint http://127.0.0.1:9/hook", activity);
    }

    private static readonly string[] UnknownTypes = ["user.exploded"];

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, (string?)JsonNode.Parse(text)!["code"]);
    }

    internal static async Task EventuallyAsync(Func<bool> condition, string failure, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(50);
        }
    }

    private static JsonObject Without(JsonObject o, string property)
    {
        var copy = JsonNode.Parse(o.ToJsonString())!.AsObject();
        copy.Remove(property);
        return copy;
    }
}
