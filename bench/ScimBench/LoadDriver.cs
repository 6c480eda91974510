using System.Diagnostics;

namespace ScimBench;

/// <summary>One request: its item number in, an error description out (null when the response was the expected one).</summary>
internal delegate Task<string?> BenchRequest(int item, CancellationToken ct);

/// <summary>
/// A closed loop: <c>concurrency</c> workers each send their next request as soon as the previous one answered, until
/// <c>count</c> requests were sent or the time limit passed. Every latency is kept (an array, sorted afterwards).
/// </summary>
internal static class LoadDriver
{
    public static async Task<LoadResult> RunAsync(
        int first, int count, int concurrency, TimeSpan limit, BenchRequest request, string? progressLabel, CancellationToken ct)
    {
        var latencies = new double[count];
        Array.Fill(latencies, double.NaN);
        var next = -1;
        var done = 0;
        var errors = 0;
        string? firstError = null;

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(limit);
        var started = Stopwatch.GetTimestamp();

        async Task WorkerAsync()
        {
            while (!deadline.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= count) return;

                var sent = Stopwatch.GetTimestamp();
                string? error;
                try
                {
                    error = await request(first + i, deadline.Token);
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested)
                {
                    return; // cut off by the time limit: neither a latency nor an error
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    error = $"{ex.GetType().Name}: {ex.Message}";
                }

                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                Interlocked.Increment(ref done);
                if (error is not null)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, error, null);
                }
            }
        }

        using var progress = progressLabel is null ? null : new Timer(
            _ => Console.Error.WriteLine($"  {progressLabel}: {Volatile.Read(ref done):N0}/{count:N0} after {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s"),
            null,
            TimeSpan.FromSeconds(15),
            TimeSpan.FromSeconds(15));

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync, CancellationToken.None)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var completed = latencies.Where(l => !double.IsNaN(l)).Order().ToArray();
        return new LoadResult(count, completed, elapsed, errors, firstError, TimedOut: completed.Length < count);
    }
}

internal sealed record LoadResult(int Planned, double[] SortedLatenciesMs, TimeSpan Elapsed, int Errors, string? FirstError, bool TimedOut)
{
    public int Completed => SortedLatenciesMs.Length;

    public double RequestsPerSecond => Completed / Elapsed.TotalSeconds;

    /// <summary>Nearest-rank percentile of the completed requests' latencies.</summary>
    public double Percentile(double p)
    {
        if (Completed == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p / 100 * Completed);
        return SortedLatenciesMs[Math.Clamp(rank - 1, 0, Completed - 1)];
    }
}
