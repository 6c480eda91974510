using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Application.Integrations;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Integrations;

/// <summary>
/// Collects last-used times in memory and lets <see cref="IntegrationUsageFlusher"/> write them in one batch every
/// few seconds. The value is informational (the console's "last successful request"), so losing a few seconds of
/// it on a crash is acceptable; a write per SCIM request is not.
/// </summary>
internal sealed class IntegrationUsage : IIntegrationUsage
{
    private readonly ConcurrentDictionary<IntegrationId, (CompanyId CompanyId, DateTimeOffset At)> _pending = new();
    private readonly ConcurrentDictionary<IntegrationId, DateTimeOffset> _latest = new();

    public void RecordUse(CompanyId companyId, IntegrationId integrationId, DateTimeOffset at)
    {
        _pending.AddOrUpdate(integrationId, (companyId, at), (_, old) => at > old.At ? (companyId, at) : old);
        _latest.AddOrUpdate(integrationId, at, (_, old) => at > old ? at : old);
    }

    public DateTimeOffset? LastUsedInThisProcess(IntegrationId integrationId) =>
        _latest.TryGetValue(integrationId, out var at) ? at : null;

    internal List<(IntegrationId Id, CompanyId CompanyId, DateTimeOffset At)> TakePending()
    {
        var taken = new List<(IntegrationId, CompanyId, DateTimeOffset)>();
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var value)) taken.Add((id, value.CompanyId, value.At));
        }

        return taken;
    }
}

internal sealed class IntegrationUsageFlusher(IntegrationUsage usage, IServiceScopeFactory scopes, ILogger<IntegrationUsageFlusher> logger)
    : BackgroundService
{
    internal static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

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
            logger.LogWarning(ex, "Could not record integration last-used times; they will be recorded on the next use.");
        }
    }
}
