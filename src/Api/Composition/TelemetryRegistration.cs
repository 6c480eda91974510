using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Platform.Api.Common;
using Platform.Application.Common.Telemetry;

namespace Platform.Api.Composition;

/// <summary>
/// OpenTelemetry: metrics always (scraped at <c>/metrics</c>, see <see cref="MetricsEndpoint"/>); traces, metrics and
/// logs over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (with the other standard <c>OTEL_*</c> variables).
/// Without an exporter no tracer provider exists, so spans cost nothing. See docs/operations.md.
/// </summary>
public static class TelemetryRegistration
{
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static void AddPlatformTelemetry(this WebApplicationBuilder builder)
    {
        // Hosting's own request lines carry the URL as sent, query included: a SCIM filter names a userName. Our request
        // line (RequestTracking) replaces them; this pins them off even when configuration lowers Microsoft.AspNetCore.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        var services = builder.Services;
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing
            .AddSource(PlatformTelemetry.SourceName)
            .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbeOrScrape(context.Request.Path))
            .AddHttpClientInstrumentation()
            .AddNpgsql());

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "platform"))
            .WithMetrics(metrics => metrics
                .AddMeter(PlatformTelemetry.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                // Recorded on every request or every socket read, and not worth their cost on the hot path: dropped
                // here, they are never enabled, so ASP.NET Core and Npgsql skip recording them.
                .AddView("aspnetcore.routing.match_attempts", MetricStreamConfiguration.Drop)
                .AddView("aspnetcore.authentication.*", MetricStreamConfiguration.Drop)
                .AddView("db.client.operation.npgsql.*", MetricStreamConfiguration.Drop)
                .AddPrometheusExporter());

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting])) telemetry.UseOtlpExporter();
    }

    private static bool IsProbeOrScrape(PathString path) =>
        path.StartsWithSegments(MetricsEndpoint.Path) || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
