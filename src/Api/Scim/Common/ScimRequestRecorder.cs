using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Platform.Api.Common;
using Platform.Application.Integrations;
using Platform.Domain.Integrations;

namespace Platform.Api.Scim.Common;

/// <summary>
/// Records every SCIM request of a known company in its request log: method, path (only the harmless query
/// parameters), status, SCIM error, duration, request id and both bodies, redacted. The bodies are copied as they
/// pass (streamed answers stay streamed); the record is built in memory and queued, and <see cref="IScimRequestLog"/>
/// writes it behind the request: no database round trip on the request's way. The Authorization header is never read
/// here. Requests for unknown companies are not recorded.
/// </summary>
public sealed class ScimRequestRecorder(RequestDelegate next, IScimRequestLog log, TimeProvider clock)
{
    /// <summary>Request bodies up to the users' limit are captured whole, so that they can be parsed and redacted.</summary>
    public const int RequestCaptureBytes = ScimRequestBody.DefaultMaxBytes;

    /// <summary>The server's own answers are kept up to this much; a longer one (a large group) is kept in part.</summary>
    public const int ResponseCaptureBytes = 256 * 1024;

    /// <summary>
    /// A read's answer is kept up to this much: enough for one resource or an error, the first few resources of a
    /// page. Keeping whole pages (a page of 100 users is about 60 KB) cost a third of the list throughput in writes to
    /// the log; what an admin looks for in a read is its status, its filter and its error, all kept whole.
    /// </summary>
    public const int ReadResponseCaptureBytes = 4 * 1024;

    private static readonly HashSet<string> KeptQueryParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "filter", "startIndex", "count", "attributes", "excludedAttributes", "sortBy", "sortOrder",
    };

    public async Task InvokeAsync(HttpContext http)
    {
        if (!TrySplitPath(http.Request.Path, out var version, out var rest))
        {
            await next(http);
            return;
        }

        var occurredAt = clock.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var requestBody = new ScimCapturingStream(http.Request.Body, RequestCaptureBytes);
        http.Request.Body = requestBody;
        var originalResponse = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var responseBody = new ScimCapturingStream(originalResponse.Stream, HttpMethods.IsGet(http.Request.Method) ? ReadResponseCaptureBytes : ResponseCaptureBytes);
        var capturing = new StreamResponseBodyFeature(responseBody, originalResponse);
        http.Features.Set<IHttpResponseBodyFeature>(capturing);
        var failed = true;
        try
        {
            await next(http);
            await capturing.CompleteAsync();
            failed = false;
        }
        finally
        {
            http.Features.Set(originalResponse);
            http.Request.Body = requestBody.Inner;
            var duration = Stopwatch.GetElapsedTime(started);
            var exchange = new Exchange(occurredAt, version, http.Request.Method, rest + KeptQuery(http.Request.QueryString), duration, requestBody, responseBody, failed);
            Record(exchange, http, log);
        }
    }

    /// <summary>Splits <c>/scim/{v1|v2}/{companyKey}/rest</c>; false for anything else.</summary>
    internal static bool TrySplitPath(PathString path, out string version, out string rest)
    {
        version = rest = string.Empty;
        var value = path.Value;
        if (value is null || !value.StartsWith("/scim/", StringComparison.OrdinalIgnoreCase)) return false;
        var parts = value.Split('/', 5);
        if (parts.Length < 4 || parts[3].Length == 0) return false;
        version = parts[2].ToLowerInvariant();
        if (version is not (PublicUrls.ScimV1 or PublicUrls.ScimV2)) return false;
        rest = parts.Length == 5 ? "/" + parts[4] : string.Empty;
        return true;
    }

    /// <summary>Only the query parameters that shape a read; anything else (a token someone put in the URL) is dropped.</summary>
    internal static string KeptQuery(QueryString query)
    {
        if (!query.HasValue) return string.Empty;
        var kept = QueryHelpers.ParseQuery(query.Value)
            .Where(p => KeptQueryParameters.Contains(p.Key))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return QueryString.Create(kept).Value ?? string.Empty;
    }

    private static void Record(Exchange exchange, HttpContext http, IScimRequestLog log)
    {
        using (exchange.RequestBody)
        using (exchange.ResponseBody)
        {
            var refusal = http.RequestServices.GetService<ScimRefusalNote>();
            var client = ScimAuthenticationFilter.TryClientOf(http);
            var companyId = client?.CompanyId ?? refusal?.CompanyId;
            if (companyId is null) return;

            var status = exchange.Failed ? StatusCodes.Status500InternalServerError : http.Response.StatusCode;
            var request = ScimBodyRedactor.Redact(exchange.RequestBody.Captured, exchange.RequestBody.Complete, exchange.RequestBody.Total);
            var response = exchange.Failed ? null
                : exchange.ResponseBody.Complete ? ScimBodyRedactor.Redact(exchange.ResponseBody.Captured, complete: true, exchange.ResponseBody.Total)
                : ScimBodyRedactor.Prefix(exchange.ResponseBody.Captured, exchange.ResponseBody.Total);
            var (scimType, detail) = status >= 400 ? ScimBodyRedactor.ErrorOf(response) : (null, null);
            if (exchange.Failed) detail = "The server failed on this request (an unexpected error); the operator finds it in the server log by its request id.";

            log.Record(new ScimRequestRecord(
                companyId.Value,
                exchange.OccurredAt,
                client?.IntegrationId,
                client is null ? refusal?.Reason : null,
                exchange.Version,
                exchange.Method,
                exchange.Path,
                status,
                scimType,
                detail,
                (int)Math.Min(int.MaxValue, exchange.Duration.TotalMilliseconds),
                http.TraceIdentifier,
                request,
                response));
        }
    }

    private sealed record Exchange(
        DateTimeOffset OccurredAt,
        string Version,
        string Method,
        string Path,
        TimeSpan Duration,
        ScimCapturingStream RequestBody,
        ScimCapturingStream ResponseBody,
        bool Failed);
}
