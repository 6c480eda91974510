using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Events;

/// <summary>
/// Two server processes on one database share the deliveries: each event reaches each endpoint of each company, in
/// the company's order, with nothing lost, also when one process is stopped (SIGTERM) half-way. Duplicates may
/// happen only as the same <c>webhook-id</c>, which the receivers' first-acceptance view removes.
/// </summary>
public sealed class WebhookReplicaTests
{
    [Fact]
    public async Task TwoProcesses_DeliverEachEventToEachEndpoint_InOrderPerCompany()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        var settings = WebhooksApiFactory.Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        await using var one = ServerProcess.Start(database, settings);
        await using var other = ServerProcess.Start(database, settings);
        await Task.WhenAll(one.ReadyAsync(), other.ReadyAsync());
        // The in-process server only runs the commands that create companies: it does not deliver.
        await using var commands = new SharedDatabaseFactory(database, new Dictionary<string, string?> { ["Webhooks:Enabled"] = "false" });
        await commands.InitializeAsync();

        var companies = new List<(TestCompany Company, string Token, HttpClient Admin, WebhookReceiver[] Receivers, string[] Secrets)>();
        for (var c = 0; c < 2; c++)
        {
            var (company, token) = await commands.CreateCompanyWithOktaAsync();
            var admin = new HttpClient { BaseAddress = one.Client.BaseAddress };
            (await admin.PostAsJsonAsync("/api/session", new { companyKey = company.Key, email = company.AdminEmail, password = company.AdminPassword })).EnsureSuccessStatusCode();
            var receivers = new[] { await WebhookReceiver.StartNewAsync(), await WebhookReceiver.StartNewAsync() };
            var secrets = new List<string>();
            foreach (var receiver in receivers) secrets.Add((await admin.CreateWebhookAsync(company.Key, receiver.Url)).Secret);
            companies.Add((company, token, admin, receivers, [.. secrets]));
        }

        try
        {
            // Writes through both processes, the companies interleaved; then one process stops and the other carries on.
            await Task.WhenAll(companies.Select(c => WriteAsync(c.Company.Key, c.Token, [one, other], "before")));
            other.Terminate();
            await Task.WhenAll(companies.Select(c => WriteAsync(c.Company.Key, c.Token, [one], "after")));

            foreach (var (company, _, admin, receivers, secrets) in companies)
            {
                var (expected, _) = await EventsReader.ReadAtLeastAsync(admin, company.Key, 2 * UsersPerRound);
                for (var r = 0; r < receivers.Length; r++)
                {
                    var delivered = await receivers[r].AcceptedEventsAsync(expected.Count);
                    Assert.Equal(expected.Select(e => (string)e["id"]!), delivered.Select(e => (string)e["id"]!));
                    Assert.All(receivers[r].Received, request => Assert.True(StandardWebhookVerifier.IsValid(secrets[r], request)));
                    Assert.All(receivers[r].Received, request => Assert.Contains(request.Id, expected.Select(e => (string)e["id"]!)));
                }
            }
        }
        finally
        {
            foreach (var receiver in companies.SelectMany(c => c.Receivers)) await receiver.DisposeAsync();
        }
    }

    private const int UsersPerRound = 12;

    private static async Task WriteAsync(string companyKey, string token, ServerProcess[] servers, string round)
    {
        var writes = Enumerable.Range(0, UsersPerRound).Select(async i =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/scim/v2/{companyKey}/Users")
            {
                Content = ScimWire.Content(ScimWire.OktaUser("v2", $"{round}{i}@example.com"), "v2"),
            };
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
            var response = await servers[i % servers.Length].Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        });
        await Task.WhenAll(writes);
    }
}
