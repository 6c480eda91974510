using System.Diagnostics;

namespace Platform.Api.Common;

/// <summary>
/// Outermost middleware. Makes the request's W3C trace id its request id (<see cref="HttpContext.TraceIdentifier"/>,
/// answered as <c>X-Request-Id</c>, found again in the trace and in every log line's scope) and writes the one
/// Information line per request: method, route template, status, duration, company key, request id. Never the
/// path or query as sent: SCIM filters carry userNames.
/// </summary>
public sealed class RequestTracking(RequestDelegate next, ILogger<RequestTracking> logger)
{
    public const string RequestIdHeader = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        if (Activity.Current is { } activity) context.TraceIdentifier = activity.TraceId.ToHexString();
        context.Response.OnStarting(AddRequestId, context);
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                RequestLog.Answered(
                    logger,
                    context.Request.Method,
                    (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "-",
                    context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    context.Request.RouteValues.TryGetValue("companyKey", out var companyKey) ? companyKey as string ?? "-" : "-",
                    context.TraceIdentifier);
            }
        }
    }

    private static Task AddRequestId(object state)
    {
        var context = (HttpContext)state;
        context.Response.Headers[RequestIdHeader] = context.TraceIdentifier;
        return Task.CompletedTask;
    }
}
