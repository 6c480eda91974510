using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Domain.Integrations;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Integrations;

/// <summary>
/// Keeps the SCIM request log bounded: every <see cref="RequestLogSettings.PruneInterval"/> it deletes, company by
/// company (one statement each, on the company's <c>(company_id, occurred_at)</c> index), the rows older than
/// <see cref="RequestLogSettings.RetentionDays"/> and those beyond the newest <see cref="RequestLogSettings.MaxRowsPerCompany"/>.
/// Every replica may run it; the deletes are idempotent.
/// </summary>
public sealed partial class ScimRequestPruner(IOptions<RequestLogSettings> options, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScimRequestPruner> logger)
    : BackgroundService
{
    private readonly RequestLogSettings _settings = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_settings.PruneInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await PruneAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    PruneFailed(logger, ex, _settings.PruneInterval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One pass over every company; returns how many rows were deleted.</summary>
    public async Task<int> PruneAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var requests = db.Set<ScimRequestRecord>();
        var cutoff = clock.GetUtcNow().AddDays(-Math.Max(0, _settings.RetentionDays));
        var keep = Math.Max(0, _settings.MaxRowsPerCompany);
        var deleted = 0;

        // The companies that have a log, read from the log itself: the companies table is Tenancy's.
        var companies = await requests.AsNoTracking().Select(r => r.CompanyId).Distinct().ToListAsync(ct);
        foreach (var companyId in companies)
        {
            deleted += await requests.Where(r => r.CompanyId == companyId && r.OccurredAt < cutoff).ExecuteDeleteAsync(ct);

            // The newest row past the allowance: it and everything older go.
            var oldestKept = await requests.Where(r => r.CompanyId == companyId)
                .OrderByDescending(r => r.OccurredAt)
                .Skip(keep)
                .Select(r => (DateTimeOffset?)r.OccurredAt)
                .FirstOrDefaultAsync(ct);
            if (oldestKept is { } over)
            {
                deleted += await requests.Where(r => r.CompanyId == companyId && r.OccurredAt <= over).ExecuteDeleteAsync(ct);
            }
        }

        if (deleted > 0) Pruned(logger, deleted);
        return deleted;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Could not prune the SCIM request log; will try again in {Interval}.")]
    private static partial void PruneFailed(ILogger logger, Exception exception, TimeSpan interval);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Pruned {Count} SCIM request log records.")]
    private static partial void Pruned(ILogger logger, int count);
}
