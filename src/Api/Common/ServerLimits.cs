using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Platform.Api.Common;

/// <summary>
/// The limits a hostile or broken client meets, set on purpose (docs/operations.md lists them). Kestrel's own limits
/// are set well above the server's, so that an oversized request line or header block normally reaches the pipeline
/// and is refused here in the caller's shape (414, 431); only what exceeds Kestrel's hard limits gets its bare answer.
/// Slow senders are cut off by Kestrel's header timeout and minimum data rates; every request has a deadline.
/// </summary>
public static class ServerLimits
{
    /// <summary>The longest request target (path and query) the server answers; SCIM filters fit many times over.</summary>
    public const int MaxRequestTargetLength = 8 * 1024;

    /// <summary>The most header bytes (names and values) the server answers.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    public const string RequestTimeoutSetting = "Server:RequestTimeoutSeconds";

    public static void AddServerLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            // Kestrel's cap must not undercut the SCIM limits (ScimRequestBody), which answer 413 in the caller's protocol.
            kestrel.Limits.MaxRequestBodySize = 64L * 1024 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * MaxRequestTargetLength;
            kestrel.Limits.MaxRequestHeadersTotalSize = 4 * MaxHeaderBytes;
            kestrel.Limits.MaxRequestHeaderCount = 100;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(120);
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
            kestrel.Limits.MinResponseDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
            kestrel.Limits.MaxConcurrentConnections = 10_000;
            kestrel.AddServerHeader = false;
        });

        var timeout = TimeSpan.FromSeconds(configuration.GetValue(RequestTimeoutSetting, 30));
        services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = timeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => CallerShapedErrors.WriteAsync(
                context,
                StatusCodes.Status503ServiceUnavailable,
                "Service unavailable.",
                "The request took too long and was stopped. Nothing was changed; try again shortly.",
                CallerShapedErrors.UnavailableRetryAfterSeconds),
        });
    }

    /// <summary>Refuses an oversized request target (414) or header block (431) before anything else reads it.</summary>
    public static IApplicationBuilder UseRequestSizeRefusals(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // RawTarget is the request line's target as sent; a host without one (the test server) has only the parsed parts.
            var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
            var length = Math.Max(target.Length, context.Request.Path.Value?.Length + context.Request.QueryString.Value?.Length ?? 0);
            if (length > MaxRequestTargetLength)
            {
                return CallerShapedErrors.WriteAsync(
                    context, StatusCodes.Status414UriTooLong, "Request URL too long.", $"The request URL is longer than {MaxRequestTargetLength} characters.");
            }

            var headerBytes = 0L;
            foreach (var (name, values) in context.Request.Headers)
            {
                headerBytes += name.Length;
                foreach (var value in values) headerBytes += value?.Length ?? 0;
            }

            return headerBytes > MaxHeaderBytes
                ? CallerShapedErrors.WriteAsync(
                    context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request headers too large.", $"The request's headers are larger than {MaxHeaderBytes} bytes.")
                : next(context);
        });
}
