using System.Diagnostics;
using System.Globalization;

namespace ScimBench;

/// <summary>
/// Okta's import: one client reads every page of 100 in turn (startIndex 1, 101, 201, … until startIndex passes the
/// first page's totalResults) and every user must come exactly once. Whether the last pages cost what the first ones
/// do is the point, so the report gives the median of the first and of the last tenth of the pages.
/// </summary>
internal sealed partial class Benchmark
{
    public const string WalkOperation = "import walk (startIndex 1, 101, …; 1 client)";

    /// <summary>Pages the walk's warm-up reads over and over from the start (the offset page and the pages after it).</summary>
    private const int WalkWarmupPages = 10;

    /// <summary>One line per walk: pages, time, and the first tenth of the pages against the last.</summary>
    public List<string> Walks { get; } = [];

    private async Task WalkAsync(string label, int[] known, CancellationToken ct)
    {
        Console.Error.WriteLine($"  {WalkOperation}...");
        await WalkWarmUpAsync(label, ct);

        var seeded = known.Select(u => _ids[u]!).ToHashSet(StringComparer.Ordinal);
        var walk = new Walk(seeded);
        var (load, measured) = await MeasureAsync(() => WalkPagesAsync(walk, ct), null, ct);
        CheckLoad(label, WalkOperation, load, options.WalkLimit);
        Rows.Add(measured.Row(label, WalkOperation, 1, load, load.Completed));

        var pages = walk.PageMs;
        var tenth = Math.Max(1, pages.Count / 10);
        var first = Median(pages.Take(tenth));
        var last = Median(pages.Skip(pages.Count - tenth));
        Walks.Add(string.Create(CultureInfo.InvariantCulture,
            $"Import walk at {label} users: {pages.Count:N0} pages in {load.Elapsed.TotalSeconds:0.00} s, mean {(pages.Count == 0 ? double.NaN : pages.Average()):0.0} ms/page; first tenth {first:0.0} ms/page, last tenth {last:0.0} ms/page (median of {tenth:N0} {(tenth == 1 ? "page" : "pages")} each); {walk.Seen.Count:N0} distinct users, totalResults {walk.Total?.ToString("N0", CultureInfo.InvariantCulture) ?? "unknown"}."));
        Console.Error.WriteLine($"  {WalkOperation}: {pages.Count:N0} pages in {load.Elapsed.TotalSeconds:0.00} s, first tenth {first:0.0} ms/page, last tenth {last:0.0} ms/page, {load.Errors} errors");

        if (load.TimedOut || walk.Total is not { } total) return; // CheckLoad said why; an unfinished walk has gaps by definition
        var missing = seeded.Count(id => !walk.Seen.Contains(id));
        if (walk.Seen.Count != total || missing > 0 || walk.Repeats > 0 || walk.Unknown > 0)
        {
            Problems.Add($"{WalkOperation} at {label} users: {walk.Seen.Count:N0} distinct users where totalResults was {total:N0}; {missing:N0} seeded users never came, {walk.Repeats:N0} came again, {walk.Unknown:N0} were not created by the benchmark");
        }
    }

    /// <summary>Not measured: the first pages of a walk, again and again, so the offset page and the pages after it are warm.</summary>
    private async Task WalkWarmUpAsync(string label, CancellationToken ct)
    {
        var requests = Math.Max(1, options.WarmupReads / 5);
        var started = Stopwatch.GetTimestamp();
        int? total = null;
        for (var i = 0; i < requests && Stopwatch.GetElapsedTime(started) < options.PhaseLimit; i++)
        {
            var pages = total is { } t ? Math.Clamp((t + PageSize - 1) / PageSize, 1, WalkWarmupPages) : 1;
            var startIndex = 1 + PageSize * (i % pages);
            var answer = await scim.PageAsync(startIndex, PageSize, ct);
            if (answer.Unless(200) is { } error)
            {
                Problems.Add($"{WalkOperation} at {label} users, warm-up: {error}");
                return;
            }

            total ??= answer.Json().GetProperty("totalResults").GetInt32();
        }
    }

    /// <summary>The measured walk: each page's latency (request sent to body read) in page order, every page checked in full.</summary>
    private async Task<LoadResult> WalkPagesAsync(Walk walk, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(options.WalkLimit);
        var started = Stopwatch.GetTimestamp();
        var errors = 0;
        string? firstError = null;
        var timedOut = false;
        for (var startIndex = 1; walk.Total is not { } total || startIndex <= total; startIndex += PageSize)
        {
            var sent = Stopwatch.GetTimestamp();
            string? error;
            try
            {
                var answer = await scim.PageAsync(startIndex, PageSize, deadline.Token);
                walk.PageMs.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                error = answer.Unless(200) ?? walk.Check(answer, startIndex);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                timedOut = true;
                break;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                walk.PageMs.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                error = $"{ex.GetType().Name}: {ex.Message}";
            }

            if (error is null) continue;
            errors++;
            firstError ??= $"startIndex={startIndex}: {error}";
            if (walk.Total is null) break; // without the first page's totalResults there is no end to walk to
        }

        var planned = walk.Total is { } pages ? Math.Max(1, (pages + PageSize - 1) / PageSize) : 1;
        return new LoadResult(planned, [.. walk.PageMs.Order()], Stopwatch.GetElapsedTime(started), errors, firstError, timedOut);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[(sorted.Length - 1) / 2];
    }

    /// <summary>What one walk has seen so far: the first page's totalResults, every user id, and each page's latency.</summary>
    private sealed class Walk(HashSet<string> seeded)
    {
        public int? Total { get; private set; }

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public List<double> PageMs { get; } = [];

        public int Repeats { get; private set; }

        /// <summary>Ids the benchmark did not create (or whose creation it did not see answered).</summary>
        public int Unknown { get; private set; }

        /// <summary>Checks one page against the walk so far: same totalResults, its startIndex, a full page (or the rest), ids new and known.</summary>
        public string? Check(Answer answer, int startIndex)
        {
            var json = answer.Json();
            var total = json.GetProperty("totalResults").GetInt32();
            Total ??= total;
            if (total != Total) return $"totalResults changed from {Total} to {total}";
            if (json.TryGetProperty("startIndex", out var echoed) && echoed.GetInt32() != startIndex) return $"the page says startIndex {echoed.GetInt32()}";

            var expected = Math.Clamp(total - startIndex + 1, 0, PageSize);
            var resources = json.TryGetProperty("Resources", out var list) ? list.EnumerateArray().ToArray() : [];
            var itemsPerPage = json.GetProperty("itemsPerPage").GetInt32();
            string? error = itemsPerPage == expected && resources.Length == expected
                ? null
                : $"itemsPerPage {itemsPerPage} and {resources.Length} Resources where {expected} were due";
            foreach (var resource in resources)
            {
                var id = resource.GetProperty("id").GetString() ?? string.Empty;
                if (!seeded.Contains(id))
                {
                    Unknown++;
                    error ??= $"user {id} was not created by the benchmark";
                }

                if (!Seen.Add(id))
                {
                    Repeats++;
                    error ??= $"user {id} came again";
                }
            }

            return error;
        }
    }
}
