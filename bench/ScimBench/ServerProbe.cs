using System.Diagnostics;
using System.Globalization;

namespace ScimBench;

/// <summary>
/// What the benchmark reads besides SCIM: the server's CPU time and memory (from /proc), the bytes it allocated (its
/// Prometheus endpoint) and, through psql, the statements PostgreSQL ran (pg_stat_statements), to count SQL
/// statements per request.
/// </summary>
internal sealed class ServerProbe(int? serverPid, string? psqlConnection, Uri? metricsUrl = null)
{
    // Linux reports process times in clock ticks; USER_HZ is 100 on every mainstream kernel build.
    private const double MillisecondsPerTick = 10;

    /// <summary>The runtime's <c>dotnet.gc.heap.total_allocated</c> (GC.GetTotalAllocatedBytes), as OpenTelemetry's Prometheus exporter names it.</summary>
    public const string AllocatedBytesMetric = "dotnet_gc_heap_total_allocated_bytes_total";

    // The exporter answers a scrape from a cache for 300 ms after the previous one; scrapes further apart read afresh.
    private static readonly TimeSpan ScrapeInterval = TimeSpan.FromMilliseconds(500);

    private static readonly HttpClient Metrics = new(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(5) })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    private double _peakBeforeResetsMiB;
    private long _lastScrape;

    /// <summary>Why the allocated bytes could not be read (then they are not tried again); null while they could.</summary>
    public string? MetricsError { get; private set; }

    public bool CountsStatements => psqlConnection is not null;

    /// <summary>The server's peak RSS over the whole run so far, including the peaks that <see cref="ResetPeakMemory"/> cleared.</summary>
    public double? RunPeakMiB => ServerMemory() is { } now ? Math.Max(now.PeakMiB, _peakBeforeResetsMiB) : null;

    /// <summary>User + system CPU time the server process has used so far, in milliseconds.</summary>
    public double? ServerCpuMs()
    {
        if (serverPid is null) return null;
        var stat = File.ReadAllText($"/proc/{serverPid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After "pid (comm) ": state is field 3 of proc(5); utime and stime are fields 14 and 15.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * MillisecondsPerTick;
    }

    /// <summary>
    /// The bytes the server has allocated on its managed heap since it started, from <see cref="AllocatedBytesMetric"/> at
    /// its /metrics; null (and <see cref="MetricsError"/> set) when that cannot be read. Approximate to a few KB per thread.
    /// </summary>
    public async Task<double?> AllocatedBytesAsync(CancellationToken ct)
    {
        if (metricsUrl is null || MetricsError is not null) return null;
        var since = Stopwatch.GetElapsedTime(_lastScrape);
        if (_lastScrape != 0 && since < ScrapeInterval) await Task.Delay(ScrapeInterval - since, ct);
        try
        {
            var text = await Metrics.GetStringAsync(metricsUrl, ct);
            _lastScrape = Stopwatch.GetTimestamp();
            foreach (var line in text.Split('\n'))
            {
                // name{labels} value, or name value; not another metric whose name starts the same.
                if (!line.StartsWith(AllocatedBytesMetric, StringComparison.Ordinal) || line.Length == AllocatedBytesMetric.Length
                    || line[AllocatedBytesMetric.Length] is not ('{' or ' ')) continue;
                var valueAt = line[AllocatedBytesMetric.Length] == '{' ? line.LastIndexOf('}') + 1 : AllocatedBytesMetric.Length;
                var value = line[valueAt..].Trim().Split(' ')[0];
                return double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            MetricsError = $"GET {metricsUrl} has no {AllocatedBytesMetric}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or FormatException)
        {
            MetricsError = $"GET {metricsUrl}: {ex.Message}";
        }

        return null;
    }

    /// <summary>Resident set size now and its peak (VmRSS, VmHWM), in MiB.</summary>
    public (double RssMiB, double PeakMiB)? ServerMemory()
    {
        if (serverPid is null) return null;
        double Kb(string line) => double.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        var lines = File.ReadAllLines($"/proc/{serverPid}/status");
        return (Kb(lines.First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))) / 1024,
                Kb(lines.First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))) / 1024);
    }

    /// <summary>
    /// Resets the server's VmHWM to its current RSS (<c>echo 5 &gt; /proc/PID/clear_refs</c>, Linux 4.0+, needs the
    /// right to write there), so that VmHWM afterwards is the peak of what follows. False when it could not.
    /// </summary>
    public bool ResetPeakMemory()
    {
        if (serverPid is null) return false;
        _peakBeforeResetsMiB = Math.Max(_peakBeforeResetsMiB, ServerMemory()?.PeakMiB ?? 0);
        try
        {
            File.WriteAllText($"/proc/{serverPid}/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>What autovacuum does on its own within about a minute of a bulk load: statistics and the visibility map.</summary>
    public async Task VacuumAnalyzeAsync(string tables, CancellationToken ct)
    {
        if (psqlConnection is not null) await PsqlAsync($"vacuum (analyze) {tables}", ct);
    }

    /// <summary>One SQL statement's output (unaligned, tab-separated, no headers); null without --psql.</summary>
    public async Task<string?> QueryAsync(string sql, CancellationToken ct) =>
        psqlConnection is null ? null : (await PsqlAsync(sql, ct)).Trim();

    public async Task ResetStatementsAsync(CancellationToken ct)
    {
        if (psqlConnection is not null) await PsqlAsync("select pg_stat_statements_reset()", ct);
    }

    /// <summary>The statements run against this database since the last reset, most called first.</summary>
    public async Task<IReadOnlyList<StatementStats>> StatementsAsync(CancellationToken ct)
    {
        if (psqlConnection is null) return [];
        const string sql = """
            select calls, total_exec_time, shared_blks_hit + shared_blks_read, regexp_replace(query, '\s+', ' ', 'g')
            from pg_stat_statements
            where dbid = (select oid from pg_database where datname = current_database())
              and query not ilike '%pg_stat_statements%'
            order by calls desc, total_exec_time desc
            """;
        var output = await PsqlAsync(sql, ct);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', 4))
            .Select(f => new StatementStats(
                long.Parse(f[0], CultureInfo.InvariantCulture),
                double.Parse(f[1], CultureInfo.InvariantCulture),
                long.Parse(f[2], CultureInfo.InvariantCulture),
                f[3]))];
    }

    private Task<string> PsqlAsync(string sql, CancellationToken ct) =>
        ExternalCommand.RunAsync("psql", ["-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-d", psqlConnection!, "-c", sql], TimeSpan.FromSeconds(30), ct);
}

/// <summary>
/// The server's memory while a phase runs: RSS before, the highest RSS seen by polling every 10 ms, and VmHWM at the
/// end after resetting it at the start (the kernel's own peak, which polling can miss), all in MiB.
/// </summary>
internal sealed class MemoryWatch : IDisposable
{
    private readonly ServerProbe _probe;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<double> _polling;
    private readonly bool _peakReset;

    public MemoryWatch(ServerProbe probe)
    {
        _probe = probe;
        RssBeforeMiB = probe.ServerMemory()?.RssMiB ?? double.NaN;
        _peakReset = probe.ResetPeakMemory();
        _polling = Task.Run(PollAsync);
    }

    public double RssBeforeMiB { get; }

    public async Task<MemoryDuring> StopAsync()
    {
        await _stop.CancelAsync();
        var maxPolled = await _polling;
        var after = _probe.ServerMemory();
        return new MemoryDuring(RssBeforeMiB, maxPolled, after?.RssMiB ?? double.NaN, _peakReset ? after?.PeakMiB : null);
    }

    public void Dispose() => _stop.Dispose();

    private async Task<double> PollAsync()
    {
        var max = RssBeforeMiB;
        while (!_stop.IsCancellationRequested)
        {
            if (_probe.ServerMemory() is { } now) max = Math.Max(max, now.RssMiB);
            try
            {
                await Task.Delay(10, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return max;
    }
}

/// <param name="PeakMiB">VmHWM at the end, reset at the start: the phase's own peak (null when it could not be reset).</param>
internal sealed record MemoryDuring(double RssBeforeMiB, double MaxPolledRssMiB, double RssAfterMiB, double? PeakMiB);

/// <param name="Buffers">Shared buffers the calls touched (hit or read): how many pages a statement had to visit.</param>
internal sealed record StatementStats(long Calls, double TotalMs, long Buffers, string Query)
{
    private static readonly string[] QueryVerbs = ["SELECT", "INSERT", "UPDATE", "DELETE", "WITH"];

    /// <summary>A statement that reads or writes tables, as opposed to session and transaction control (DISCARD ALL, BEGIN, COMMIT).</summary>
    public bool IsQuery => QueryVerbs.Any(verb => Query.TrimStart().StartsWith(verb, StringComparison.OrdinalIgnoreCase));
}
