using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Application.Common.Persistence;

namespace Platform.Api.Common;

/// <summary>
/// On SIGTERM, before anything stops: <c>/readyz</c> turns 503 (<c>shutting down</c>) and the server keeps serving
/// for <c>Server:ShutdownDrainSeconds</c> (default 0), so that a load balancer stops sending new connections before
/// the listener closes and none is reset unanswered. Then Kestrel stops accepting, lets requests in flight finish
/// (the host's shutdown timeout, 30 s beyond the drain) and the background writers flush.
/// </summary>
public sealed class ShutdownDrain(IConfiguration configuration) : IHostedLifecycleService, IHealthCheck
{
    public const string CheckName = "shutdown";
    public const string DrainSetting = "Server:ShutdownDrainSeconds";

    private volatile bool _draining;

    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ShutdownDrain>();
        services.AddHostedService(sp => sp.GetRequiredService<ShutdownDrain>());
        services.AddHealthChecks().AddCheck<ShutdownDrain>(CheckName, tags: [DatabaseHealthChecks.ReadyTag]);
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(30 + DrainSeconds(configuration)));
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _draining = true;
        var seconds = DrainSeconds(configuration);
        if (seconds > 0) await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken);
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_draining ? HealthCheckResult.Unhealthy("shutting down") : HealthCheckResult.Healthy());

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static int DrainSeconds(IConfiguration configuration) => Math.Max(0, configuration.GetValue(DrainSetting, 0));
}
