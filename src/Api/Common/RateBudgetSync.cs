using Platform.Application.Common.Throttling;

namespace Platform.Api.Common;

/// <summary>
/// Every <see cref="Interval"/>: hands what this replica took from the company budgets to the ledger and takes what
/// the other replicas took out of the local buckets. A budget can thus be overspent by at most what the other
/// replicas take in one interval. When the database is unreachable, each replica keeps its own count until it is back.
/// </summary>
public sealed partial class RateBudgetSync(RateBudgets budgets, IRateSpendLedger ledger, ILogger<RateBudgetSync> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    /// <summary>The one <see cref="RateBudgets"/> of the process, and its sharing with the other replicas.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<RateBudgets>();
        services.AddSingleton<RateBudgetSync>();
        services.AddHostedService(sp => sp.GetRequiredService<RateBudgetSync>());
    }

    public async Task ExchangeAsync(CancellationToken ct)
    {
        var spentHere = budgets.TakeUnshared();
        try
        {
            budgets.Drain(await ledger.ExchangeAsync(spentHere, ct));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            budgets.Unshare(spentHere);
            ExchangeFailed(logger, ex.GetBaseException().Message);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await ExchangeAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await ExchangeAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: StopAsync shares what is left.
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Could not share rate budget spend with the other replicas: {Reason}")]
    private static partial void ExchangeFailed(ILogger logger, string reason);
}
