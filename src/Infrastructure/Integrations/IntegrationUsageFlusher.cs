using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Integrations;

/// <summary>Writes the last-used times <see cref="IntegrationUsage"/> collected, every <see cref="Interval"/> and on shutdown.</summary>
internal sealed partial class IntegrationUsageFlusher(IntegrationUsage usage, IServiceScopeFactory scopes, ILogger<IntegrationUsageFlusher> logger)
    : BackgroundService
{
    internal static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: StopAsync flushes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    internal async Task FlushAsync(CancellationToken ct)
    {
        var pending = usage.TakePending();
        if (pending.Count == 0) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            foreach (var (id, companyId, at) in pending)
            {
                await db.Integrations
                    .Where(i => i.CompanyId == companyId && i.Id == id && (i.LastUsedAt == null || i.LastUsedAt < at))
                    .ExecuteUpdateAsync(set => set.SetProperty(i => i.LastUsedAt, at), ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            FlushFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Could not record integration last-used times; they will be recorded on the next use.")]
    private static partial void FlushFailed(ILogger logger, Exception exception);
}
