using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Operations;

/// <summary><c>GET /metrics</c>: Prometheus text for callers in <c>Metrics:AllowedNetworks</c> (loopback by default), 404 for the rest.</summary>
[Collection(TelemetryCollection.Name)]
public sealed partial class MetricsEndpointTests(ObservedPlatformApiFactory factory) : IClassFixture<ObservedPlatformApiFactory>
{
    [Fact]
    public async Task Scrape_AfterOktaTraffic_CountsRequestsByRouteAndStatusAndScimOperationsByKindAndOutcome()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient($"Bearer {token}");
        var users = $"/scim/v2/{company.Key}/Users";
        var userName = $"metrics.{Guid.NewGuid():N}@example.test"[..30];

        var created = await scim.PostScim(users, ScimWire.OktaUser("v2", userName), "v2");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)(await created.ReadObjectAsync())["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await scim.GetAsync($"{users}?filter=userName%20eq%20%22{Uri.EscapeDataString(userName)}%22")).StatusCode);
        var fetched = await (await scim.GetAsync($"{users}/{id}")).ReadObjectAsync();
        fetched["title"] = "Analyst";
        Assert.Equal(HttpStatusCode.OK, (await scim.PutScim($"{users}/{id}", fetched, "v2")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scim.PatchScim($"{users}/{id}", ScimWire.Deactivate("v2", id), "v2")).StatusCode);
        var group = new System.Text.Json.Nodes.JsonObject
        {
            ["schemas"] = new System.Text.Json.Nodes.JsonArray("urn:ietf:params:scim:schemas:core:2.0:Group"),
            ["displayName"] = "Metrics",
            ["members"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["value"] = id }),
        };
        Assert.Equal(HttpStatusCode.Created, (await scim.PostScim($"/scim/v2/{company.Key}/Groups", group, "v2")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await scim.PostScim(users, ScimWire.OktaUser("v2", userName), "v2")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ScimClient("Bearer wrong").GetAsync(users)).StatusCode);

        var metrics = await ScrapeAsync("127.0.0.1");

        var companyId = company.Id.ToString();
        Assert.Equal(1, Value(metrics, "platform_scim_operations_total", ("platform_company_id", companyId), ("platform_operation", "create"), ("platform_outcome", "success")));
        Assert.Equal(1, Value(metrics, "platform_scim_operations_total", ("platform_company_id", companyId), ("platform_operation", "create"), ("platform_outcome", "conflict")));
        Assert.Equal(1, Value(metrics, "platform_scim_operations_total", ("platform_company_id", companyId), ("platform_operation", "update"), ("platform_outcome", "success")));
        Assert.Equal(1, Value(metrics, "platform_scim_operations_total", ("platform_company_id", companyId), ("platform_operation", "deactivate"), ("platform_outcome", "success")));
        Assert.Equal(1, Value(metrics, "platform_scim_operations_total", ("platform_company_id", companyId), ("platform_operation", "group_change"), ("platform_outcome", "success")));
        Assert.Equal(1, Value(metrics, "platform_scim_authentication_failures_total", ("platform_company_id", companyId), ("platform_reason", "wrong_token")));

        const string requests = "http_server_request_duration_seconds_count";
        Assert.Equal(1, Value(metrics, requests, ("http_route", "/scim/v2/{companyKey}/Users"), ("http_request_method", "POST"), ("http_response_status_code", "201")));
        Assert.Equal(1, Value(metrics, requests, ("http_route", "/scim/v2/{companyKey}/Users"), ("http_request_method", "POST"), ("http_response_status_code", "409")));
        Assert.Equal(1, Value(metrics, requests, ("http_route", "/scim/v2/{companyKey}/Users"), ("http_request_method", "GET"), ("http_response_status_code", "401")));
        Assert.Equal(1, Value(metrics, requests, ("http_route", "/scim/v2/{companyKey}/Users/{id}"), ("http_request_method", "PUT"), ("http_response_status_code", "200")));
        Assert.Equal(1, Value(metrics, requests, ("http_route", "/scim/v2/{companyKey}/Groups"), ("http_request_method", "POST"), ("http_response_status_code", "201")));

        // Company ids may be attributes; userNames, emails and tokens never are.
        Assert.DoesNotContain(userName, metrics, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(token, metrics, StringComparison.Ordinal);

        // The database pool is there, named by its connection string without the password.
        Assert.Contains("db_client_connection_count{", metrics, StringComparison.Ordinal);
        Assert.Contains("db_client_connection_max{", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain(ObservedPlatformApiFactory.DatabasePassword, metrics, StringComparison.Ordinal);

        // Per-request and per-read instruments not worth their cost are dropped (and so never recorded).
        Assert.DoesNotContain("aspnetcore_routing_match_attempts", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("db_client_operation_npgsql_bytes_read", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrape_FromOutsideTheAllowedNetworks_Is404LikeAnUnknownPath()
    {
        foreach (var (remote, forwardedFor) in new[] { ("203.0.113.7", (string?)null), ("10.1.2.3", null), ("127.0.0.1", "203.0.113.7"), ("127.0.0.1", "127.0.0.1, 198.51.100.4") })
        {
            var refused = await GetAsync("/metrics", remote, forwardedFor);
            var unknown = await GetAsync("/no-such-page", remote, forwardedFor);

            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal(unknown.StatusCode, refused.StatusCode);
            Assert.Equal(unknown.Content.Headers.ContentType?.ToString(), refused.Content.Headers.ContentType?.ToString());
            Assert.Equal(await unknown.Content.ReadAsStringAsync(), await refused.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Scrape_FromLoopback_AnswersPrometheusText()
    {
        foreach (var remote in new[] { "127.0.0.1", "::1", "::ffff:127.0.0.1" })
        {
            var response = await GetAsync("/metrics", remote, forwardedFor: null);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string remote, string? forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ObservedPlatformApiFactory.RemoteAddressHeader, remote);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await factory.CreateClient().SendAsync(request);
    }

    private async Task<string> ScrapeAsync(string remote)
    {
        var response = await GetAsync("/metrics", remote, forwardedFor: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The value of the one sample of <paramref name="metric"/> whose labels include all of <paramref name="labels"/> (0 when none).</summary>
    private static double Value(string exposition, string metric, params (string Name, string Value)[] labels)
    {
        var samples = exposition.Split('\n')
            .Select(line => Sample().Match(line))
            .Where(match => match.Success && match.Groups["name"].Value == metric)
            .Select(match => (Labels: Label().Matches(match.Groups["labels"].Value).ToDictionary(l => l.Groups[1].Value, l => l.Groups[2].Value), Value: double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture)))
            .Where(sample => labels.All(label => sample.Labels.TryGetValue(label.Name, out var value) && value == label.Value))
            .ToList();
        Assert.True(samples.Count <= 1, $"{samples.Count} samples of {metric} match; name more labels.\n{exposition}");
        return samples.Count == 0 ? 0 : samples[0].Value;
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)")]
    private static partial Regex Sample();

    [GeneratedRegex("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Label();
}
