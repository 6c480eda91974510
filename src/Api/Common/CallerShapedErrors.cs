using System.Globalization;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.V1;
using Platform.Api.Scim.V2;

namespace Platform.Api.Common;

/// <summary>
/// An answer the server gives before or instead of an endpoint (a fault, a timeout, a spent budget, an oversized
/// request), in the shape the caller reads: a SCIM 1.1 or 2.0 error under the SCIM base URLs, ProblemDetails under
/// <c>/api</c>, a small page for the console. Judged by path alone: no route may have run.
/// </summary>
public static class CallerShapedErrors
{
    /// <summary>Seconds an identity provider is told to wait when the database is unreachable or a request timed out.</summary>
    public const int UnavailableRetryAfterSeconds = 5;

    public const string UnavailableDetail = "The service is briefly unavailable (its database cannot be reached). Nothing was changed; try again shortly.";

    public static IResult For(HttpContext context, int status, string title, string detail, int? retryAfterSeconds = null)
    {
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
        }

        var path = context.Request.Path;
        return path.StartsWithSegments($"/scim/{PublicUrls.ScimV1}") ? ScimResponses.Error(ScimV1Dialect.Instance, status, detail)
            : path.StartsWithSegments($"/scim/{PublicUrls.ScimV2}") ? ScimResponses.Error(ScimV2Dialect.Instance, status, detail)
            : path.StartsWithSegments("/api") ? Results.Problem(statusCode: status, title: title, detail: detail)
            : Results.Content(
                $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title><link rel=\"stylesheet\" href=\"/console.css\"></head><body><main><h1>{title}</h1><p>{detail}</p><p><a href=\"/\">Back to the console</a></p></main></body></html>",
                "text/html; charset=utf-8",
                System.Text.Encoding.UTF8,
                status);
    }

    /// <summary>Writes <see cref="For"/> unless the response has started (then the connection is all there is to end).</summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string detail, int? retryAfterSeconds = null)
    {
        if (context.Response.HasStarted) return Task.CompletedTask;
        context.Response.Clear();
        return For(context, status, title, detail, retryAfterSeconds).ExecuteAsync(context);
    }
}
