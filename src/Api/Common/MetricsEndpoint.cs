using System.Net;

namespace Platform.Api.Common;

/// <summary>
/// <c>GET /metrics</c>, Prometheus text, answered only to callers in <c>Metrics:AllowedNetworks</c> (CIDRs; default
/// loopback). Anyone else falls through to the rest of the pipeline and gets the same 404 as any unknown path.
/// Runs before the forwarded-headers middleware, so the caller is judged by the connection's address; a request that
/// names other addresses in <c>X-Forwarded-For</c> must have all of them allowed too, and one with a <c>Forwarded</c>
/// header is refused. So a reverse proxy on the same host cannot open the endpoint to its own callers by accident, and a
/// caller cannot open it by sending the header.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";
    public const string AllowedNetworksSetting = "Metrics:AllowedNetworks";

    private static readonly string[] Loopback = ["127.0.0.0/8", "::1/128"];

    public static IApplicationBuilder UseMetricsEndpoint(this IApplicationBuilder app, IConfiguration configuration)
    {
        var allowed = AllowedNetworks(configuration);
        return app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase) && IsAllowed(context, allowed));
    }

    public static IPNetwork[] AllowedNetworks(IConfiguration configuration)
    {
        var configured = configuration.GetSection(AllowedNetworksSetting).Get<string[]>();
        return [.. (configured is { Length: > 0 } ? configured : Loopback).Select(text => IPNetwork.TryParse(text.Trim(), out var network)
            ? network
            : throw new InvalidOperationException($"{AllowedNetworksSetting} holds '{text}', which is not a network in CIDR notation (e.g. 10.0.0.0/8)."))];
    }

    public static bool IsAllowed(HttpContext context, IPNetwork[] allowed)
    {
        if (!Contains(allowed, context.Connection.RemoteIpAddress)) return false;
        var headers = context.Request.Headers;
        if (headers.ContainsKey("Forwarded")) return false;
        foreach (var value in headers["X-Forwarded-For"])
        {
            foreach (var part in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries))
            {
                if (!IPAddress.TryParse(part, out var address) || !Contains(allowed, address)) return false;
            }
        }

        return true;
    }

    private static bool Contains(IPNetwork[] allowed, IPAddress? address)
    {
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        foreach (var network in allowed)
        {
            if (network.Contains(address)) return true;
        }

        return false;
    }
}
