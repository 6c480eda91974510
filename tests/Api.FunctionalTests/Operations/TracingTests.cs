using System.Diagnostics;
using System.Net;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Operations;

/// <summary>A request's trace: the HTTP span, a span per use case under it, and the SQL commands under their use case.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TracingTests(ObservedPlatformApiFactory factory) : IClassFixture<ObservedPlatformApiFactory>
{
    [Fact]
    public async Task ScimCreate_IsOneTraceOfHttpSpanUseCaseSpansAndSqlSpans_AndItsIdIsTheRequestId()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var userName = $"trace.{Guid.NewGuid():N}@example.test"[..28];

        var response = await factory.ScimClient($"Bearer {token}").PostScim($"/scim/v2/{company.Key}/Users", ScimWire.OktaUser("v2", userName), "v2");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        var http = await WaitForSpanAsync(span => span.Kind == ActivityKind.Server && span.TraceId.ToHexString() == requestId);
        Assert.Equal("/scim/v2/{companyKey}/Users", http.GetTagItem("http.route"));

        var trace = factory.Spans.Where(span => span.TraceId == http.TraceId).ToList();
        var authenticate = Assert.Single(trace, span => span.OperationName == "AuthenticateScimClientQuery");
        var create = Assert.Single(trace, span => span.OperationName == "CreateUserCommand");
        Assert.Equal(http.SpanId, authenticate.ParentSpanId);
        Assert.Equal(http.SpanId, create.ParentSpanId);
        Assert.Equal(company.Id.ToString(), create.GetTagItem("platform.company.id"));
        Assert.Equal("success", create.GetTagItem("platform.outcome"));

        var sql = trace.Where(span => span.Source.Name == "Npgsql" && span.ParentSpanId == create.SpanId).ToList();
        Assert.NotEmpty(sql);
        Assert.Contains(sql, span => span.Kind == ActivityKind.Client && span.DisplayName.Contains("INSERT", StringComparison.OrdinalIgnoreCase)
            || (span.GetTagItem("db.query.text") ?? span.GetTagItem("db.statement"))?.ToString()?.Contains("INSERT", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Contains(trace, span => span.Source.Name == "Npgsql" && span.ParentSpanId == authenticate.SpanId);

        // Company ids may be attributes; userNames, emails, tokens and bodies never are.
        var attributes = string.Join("\n", trace.SelectMany(span => span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}")).Append(string.Join("\n", trace.Select(s => s.DisplayName))));
        Assert.DoesNotContain(userName, attributes, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Uri.EscapeDataString(userName), attributes, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(token, attributes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyResponse_CarriesTheRequestIdHeader()
    {
        var response = await factory.CreateClient().GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", Assert.Single(response.Headers.GetValues("X-Request-Id")));
    }

    private async Task<Activity> WaitForSpanAsync(Func<Activity, bool> match)
    {
        // The server span ends just after the response is sent.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (factory.Spans.FirstOrDefault(match) is { } span) return span;
            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("The request's server span was not exported.");
    }
}
