using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Platform.Application.Common.Throttling;
using Platform.Domain.Tenancy;

namespace Platform.Api.Common;

/// <summary>
/// The rate budgets (ADR 0014): a token bucket per budget and partition (a company, or a client address) from
/// System.Threading.RateLimiting, taken from in memory on the request path. The company budgets are shared by the
/// replicas without a database round trip per request: what this replica took is counted here and handed to
/// <see cref="RateBudgetSync"/>, which tells the others a few times a second and takes what they spent out of the
/// local buckets (<see cref="Drain"/>).
/// </summary>
public sealed class RateBudgets : IDisposable
{
    private readonly Dictionary<RateBudgetKind, RateBudgetSettings> _settings;
    private readonly PartitionedRateLimiter<(RateBudgetKind Kind, string Partition)> _limiter;
    private readonly ConcurrentDictionary<(CompanyId CompanyId, RateBudgetKind Kind), long> _unshared = new();

    public RateBudgets(IConfiguration configuration)
    {
        _settings = Enum.GetValues<RateBudgetKind>().ToDictionary(kind => kind, kind => RateBudgetSettings.Read(configuration, kind));
        _limiter = PartitionedRateLimiter.Create<(RateBudgetKind Kind, string Partition), (RateBudgetKind, string)>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, k => BucketOptions(_settings[k.Item1])));
    }

    public RateBudgetSettings SettingsOf(RateBudgetKind kind) => _settings[kind];

    /// <summary>The partition of a per-address budget: the client's address (the proxy's view of it when forwarded headers are on).</summary>
    public static string AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Takes one permit from a company's budget; <c>null</c> when taken, otherwise the seconds to wait.</summary>
    public int? TryTake(RateBudgetKind kind, CompanyId companyId)
    {
        var refusal = TryTake(kind, companyId.Value.ToString("N"));
        if (refusal is null) _unshared.AddOrUpdate((companyId, kind), 1, (_, spent) => spent + 1);
        return refusal;
    }

    /// <summary>Takes one permit from a partition that only this replica counts (a client address).</summary>
    public int? TryTake(RateBudgetKind kind, string partition)
    {
        using var lease = _limiter.AttemptAcquire((kind, partition));
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Seconds(wait) : Seconds(TimeSpan.FromSeconds(1 / _settings[kind].PermitsPerSecond));
    }

    /// <summary>Whether a partition's budget is spent, without taking from it: the seconds to wait, or <c>null</c>.</summary>
    public int? Exhausted(RateBudgetKind kind, string partition) =>
        _limiter.GetStatistics((kind, partition)) is { CurrentAvailablePermits: <= 0 }
            ? Seconds(TimeSpan.FromSeconds(1 / _settings[kind].PermitsPerSecond))
            : null;

    /// <summary>Whether a partition's bucket is full: nothing was taken from it lately.</summary>
    public bool IsUntouched(RateBudgetKind kind, string partition) =>
        (_limiter.GetStatistics((kind, partition))?.CurrentAvailablePermits ?? _settings[kind].Burst) >= _settings[kind].Burst;

    /// <summary>What this replica took from the company budgets since the last call, for the other replicas.</summary>
    public IReadOnlyList<BucketSpend> TakeUnshared()
    {
        var spent = new List<BucketSpend>();
        foreach (var key in _unshared.Keys)
        {
            if (_unshared.TryRemove(key, out var count)) spent.Add(new BucketSpend(key.CompanyId, key.Kind.ToString(), count));
        }

        return spent;
    }

    /// <summary>Gives back spend that could not be shared (the database was unreachable), to be shared next time.</summary>
    public void Unshare(IReadOnlyList<BucketSpend> spent)
    {
        foreach (var s in spent)
        {
            if (Enum.TryParse<RateBudgetKind>(s.Bucket, out var kind)) _unshared.AddOrUpdate((s.CompanyId, kind), s.Spent, (_, old) => old + s.Spent);
        }
    }

    /// <summary>Takes what other replicas spent out of this replica's buckets, as far as they hold permits.</summary>
    public void Drain(IReadOnlyList<BucketSpend> spentElsewhere)
    {
        foreach (var spent in spentElsewhere)
        {
            if (!Enum.TryParse<RateBudgetKind>(spent.Bucket, out var kind)) continue;
            var key = (kind, spent.CompanyId.Value.ToString("N"));
            var available = _limiter.GetStatistics(key)?.CurrentAvailablePermits ?? _settings[kind].Burst;
            var take = (int)Math.Min(spent.Spent, available);
            if (take > 0) _limiter.AttemptAcquire(key, take).Dispose();
        }
    }

    public void Dispose() => _limiter.Dispose();


    private static TokenBucketRateLimiterOptions BucketOptions(RateBudgetSettings settings)
    {
        // Refilled ten times a second when the rate allows whole permits that often; otherwise one permit at a time.
        var tenths = settings.PermitsPerSecond / 10;
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.Burst,
            TokensPerPeriod = tenths >= 1 ? (int)Math.Round(tenths) : 1,
            ReplenishmentPeriod = tenths >= 1 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1 / settings.PermitsPerSecond),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    private static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
