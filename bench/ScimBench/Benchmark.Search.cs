using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ScimBench;

/// <summary>
/// Issue 9's reads at each size: the filters clients use for lookups and incremental syncs (each should stay flat as the
/// company grows), a filter and a sort that can only scan (they grow with the company, and say how much), and a cursor
/// walk (RFC 9865) over every user, which must see each exactly once at a flat cost per page.
/// </summary>
internal sealed partial class Benchmark
{
    public const string CursorWalkOperation = "cursor walk (cursor=, count=100; 1 client)";

    private async Task SearchAsync(string label, int[] known, CancellationToken ct)
    {
        var reads = options.WarmupReads + options.Reads;
        int[] Pick(int count) => [.. Enumerable.Range(0, count).Select(_ => known[_random.Next(known.Length)])];

        var byEmail = Pick(reads);
        await PhaseAsync(label, "GET /Users?filter=emails.value eq", options.WarmupReads, 0, options.Reads, options.Concurrency, options.PhaseLimit,
            (i, _, c) => CountAsync(Filter($"emails.value eq \"{ScimApi.UserName(byEmail[i])}\""), 1, 1, c));

        var byDisplayName = Pick(reads);
        await PhaseAsync(label, "GET /Users?filter=displayName eq", options.WarmupReads, 0, options.Reads, options.Concurrency, options.PhaseLimit,
            (i, _, c) => CountAsync(Filter($"displayName eq \"{DisplayName(byDisplayName[i])}\""), 1, 1, c));

        // An incremental sync: what changed since a moment that leaves about 50 users after it.
        var since = await LastModifiedAsync(known[Math.Max(0, known.Length - 50)], ct);
        if (since is not null)
        {
            var listReads = options.ListReads;
            await PhaseAsync(label, "GET /Users?filter=meta.lastModified gt (~50 match)", Math.Min(options.WarmupReads, listReads / 2), 0, listReads, options.Concurrency, options.PhaseLimit,
                (_, _, c) => CountAsync(Filter($"meta.lastModified gt \"{since}\"") + "&count=100", 1, int.MaxValue, c));
        }

        var scans = Math.Max(10, options.ListReads / 10);
        await PhaseAsync(label, "GET /Users?filter=name.familyName co (scan)", Math.Min(5, scans / 2), 0, scans, options.Concurrency, options.PhaseLimit,
            (i, _, c) => CountAsync(Filter($"name.familyName co \"y{known[i % known.Length]:D7}\"") + "&count=100", 1, 1, c));
        await PhaseAsync(label, "GET /Users?sortBy=userName&count=100", Math.Min(5, scans / 2), 0, scans, options.Concurrency, options.PhaseLimit,
            (_, _, c) => CountAsync("Users?sortBy=userName&count=100", 1, int.MaxValue, c));
        await PhaseAsync(label, "GET /Users?sortBy=name.familyName&sortOrder=descending&count=100 (scan)", Math.Min(5, scans / 2), 0, scans, options.Concurrency, options.PhaseLimit,
            (_, _, c) => CountAsync("Users?sortBy=name.familyName&sortOrder=descending&count=100", 1, int.MaxValue, c));

        await CursorWalkAsync(label, known, ct);
    }

    private static string Filter(string filter) => $"Users?filter={Uri.EscapeDataString(filter)}";

    private static string DisplayName(int user)
    {
        var number = user.ToString("D7", CultureInfo.InvariantCulture);
        return $"Given{number} Family{number}";
    }

    /// <summary>One GET whose totalResults must lie between the bounds.</summary>
    private async Task<string?> CountAsync(string path, int atLeast, int atMost, CancellationToken ct)
    {
        var answer = await scim.GetPathAsync(path, ct);
        if (answer.Unless(200) is { } error) return error;
        var json = answer.Json();
        var total = json.TryGetProperty("totalResults", out var t) ? t.GetInt32() : json.GetProperty("Resources").GetArrayLength();
        return total >= atLeast && total <= atMost ? null : $"{path}: totalResults {total}, expected {atLeast}..{atMost}";
    }

    private async Task<string?> LastModifiedAsync(int user, CancellationToken ct)
    {
        var answer = await scim.GetAsync(_ids[user]!, ct);
        if (answer.Unless(200) is { } error)
        {
            Problems.Add($"reading a user's meta.lastModified: {error}");
            return null;
        }

        return answer.Json().GetProperty("meta").GetProperty("lastModified").GetString();
    }

    /// <summary>Every user through nextCursor, once; each page timed, the first tenth of the pages against the last.</summary>
    private async Task CursorWalkAsync(string label, int[] known, CancellationToken ct)
    {
        Console.Error.WriteLine($"  {CursorWalkOperation}...");
        var seeded = known.Select(u => _ids[u]!).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pageMs = new List<double>();
        var repeats = 0;
        string? firstError = null;
        var (load, measured) = await MeasureAsync(async () =>
        {
            var started = Stopwatch.GetTimestamp();
            string? cursor = string.Empty;
            var errors = 0;
            while (cursor is not null && Stopwatch.GetElapsedTime(started) < options.WalkLimit)
            {
                var sent = Stopwatch.GetTimestamp();
                var answer = await scim.GetPathAsync($"Users?count={PageSize}&cursor={Uri.EscapeDataString(cursor)}", ct);
                pageMs.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (answer.Unless(200) is { } error)
                {
                    errors++;
                    firstError ??= error;
                    break;
                }

                var json = answer.Json();
                foreach (var resource in json.GetProperty("Resources").EnumerateArray())
                {
                    if (!seen.Add(resource.GetProperty("id").GetString() ?? string.Empty)) repeats++;
                }

                cursor = json.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            }

            return new LoadResult(Math.Max(1, (known.Length + PageSize - 1) / PageSize), [.. pageMs.Order()], Stopwatch.GetElapsedTime(started), errors, firstError, cursor is not null && errors == 0);
        }, null, ct);
        CheckLoad(label, CursorWalkOperation, load, options.WalkLimit);
        Rows.Add(measured.Row(label, CursorWalkOperation, 1, load, load.Completed));

        var tenth = Math.Max(1, pageMs.Count / 10);
        Walks.Add(string.Create(CultureInfo.InvariantCulture,
            $"Cursor walk at {label} users: {pageMs.Count:N0} pages in {load.Elapsed.TotalSeconds:0.00} s; first tenth {Median(pageMs.Take(tenth)):0.0} ms/page, last tenth {Median(pageMs.Skip(pageMs.Count - tenth)):0.0} ms/page; {seen.Count:N0} distinct users, {repeats:N0} repeats."));
        var missing = seeded.Count(id => !seen.Contains(id));
        if (missing > 0 || repeats > 0) Problems.Add($"{CursorWalkOperation} at {label} users: {missing:N0} seeded users never came, {repeats:N0} came again");
    }
}
