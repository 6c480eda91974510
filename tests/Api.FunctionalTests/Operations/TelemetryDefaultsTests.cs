using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Operations;

/// <summary>Metrics always; traces only when an OTLP endpoint is configured, so that spans cost nothing otherwise.</summary>
public sealed class TelemetryDefaultsTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public void Server_WithoutAnOtlpEndpoint_HasAMeterProviderAndNoTracerProvider()
    {
        Assert.NotNull(factory.Services.GetService<MeterProvider>());
        Assert.Null(factory.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task Server_WithAnOtlpEndpoint_Traces()
    {
        await using var exporting = factory.WithWebHostBuilder(builder => builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9"));

        Assert.NotNull(exporting.Services.GetService<TracerProvider>());
    }
}
