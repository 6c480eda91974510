using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Events;

/// <summary>A client of the events API as a service would write it: it keeps the last cursor and reads on from it.</summary>
public static class EventsReader
{
    public static async Task<string> CreateApiKeyAsync(this PlatformApiFactory factory, TestCompany company, string name = "Test service")
    {
        var admin = await factory.SignedInClientAsync(company);
        var created = await admin.PostJsonAsync($"/api/companies/{company.Key}/api-keys", new { name });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (string)(await created.ReadObjectAsync())["key"]!;
    }

    public static HttpClient EventsClient(this PlatformApiFactory factory, string apiKey)
    {
        var client = factory.ScimClient(null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    public static async Task<JsonObject> PageAsync(HttpClient client, string companyKey, string? after, int? limit = null)
    {
        var query = new List<string>();
        if (after is not null) query.Add($"after={Uri.EscapeDataString(after)}");
        if (limit is not null) query.Add($"limit={limit}");
        var response = await client.GetAsync($"/api/companies/{companyKey}/events" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadObjectAsync();
    }

    /// <summary>
    /// Reads on from <paramref name="after"/> in pages until at least <paramref name="expected"/> events arrived and the
    /// feed is drained (an event becomes readable once every transaction older than it has finished, so a reader may
    /// have to ask again). Returns the events and the cursor to continue from.
    /// </summary>
    public static async Task<(List<JsonObject> Events, string? Next)> ReadAtLeastAsync(HttpClient client, string companyKey, int expected, string? after = null, int limit = 100)
    {
        var events = new List<JsonObject>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var page = await PageAsync(client, companyKey, after, limit);
            events.AddRange(page["events"]!.AsArray().Select(e => e!.AsObject()));
            after = (string?)page["next"];
            if ((bool)page["hasMore"]!) continue;
            if (events.Count >= expected) return (events, after);
            Assert.True(DateTime.UtcNow < deadline, $"Only {events.Count} of {expected} events arrived.");
            await Task.Delay(50);
        }
    }

    public static string TypeOf(JsonObject e) => (string)e["type"]!;

    public static string ResourceOf(JsonObject e) => (string)e["resource"]!["id"]!;
}
