using System.Diagnostics;

namespace ScimBench;

/// <summary>Checks one response; <c>strict</c> (during warm-up) also reads the body.</summary>
internal delegate Task<string?> CheckedRequest(int item, bool strict, CancellationToken ct);

/// <summary>
/// Grows one company through SCIM to each size in turn and measures every operation there. Within a size the
/// reads run first (at exactly that size), then deactivate, then create (which adds users).
/// </summary>
internal sealed partial class Benchmark(BenchOptions options, ScimApi scim, ServerProbe probe)
{
    private const int PageSize = 100;
    private const int MaxWarmupRequests = 100_000;
    private readonly Random _random = new(20_260_101);
    private string?[] _ids = [];
    private int _users;
    private readonly HashSet<int> _deactivated = [];
    private readonly ResponseStats _responses = new();

    public List<PhaseRow> Rows { get; } = [];

    public List<string> Problems { get; } = [];

    public List<string> Notes { get; } = [];

    /// <summary>Why the server's allocations could not be read (the column says n/a from then on); null when they could.</summary>
    public string? MetricsError => probe.MetricsError;

    /// <summary>The explain command's output at each size.</summary>
    public List<string> Plans { get; } = [];

    public async Task RunAsync(CancellationToken ct)
    {
        if (options.Mode == "groups")
        {
            await RunGroupsAsync(ct);
            return;
        }

        foreach (var size in options.Sizes)
        {
            if (_users < size) await SeedAsync(size, ct);
            if (size == options.Sizes[0]) await WarmUpAsync(ct);
            await MeasureAtAsync(ct);
        }
    }

    /// <summary>
    /// Before the first measurement: every request shape for a while, so that the server's JIT has tiered up its hot
    /// paths (otherwise the first size measures the JIT). Changes nothing: reactivating an active user is a no-op.
    /// </summary>
    private async Task WarmUpAsync(CancellationToken ct)
    {
        var known = Enumerable.Range(0, _users).Where(u => _ids[u] is not null).ToArray();
        var total = await TotalResultsAsync(ct);
        var deep = Math.Max(1, total - PageSize + 1);
        var shapes = new Func<int, CancellationToken, Task<Answer>>[]
        {
            (u, c) => scim.GetAsync(_ids[u]!, c),
            (u, c) => scim.FilterAsync("userName", ScimApi.UserName(u), c),
            (u, c) => scim.FilterAsync("externalId", ScimApi.ExternalId(u), c),
            (_, c) => scim.PageAsync(1, PageSize, c),
            (_, c) => scim.PageAsync(deep, PageSize, c),
            (u, c) => scim.ReactivateAsync(_ids[u]!, c),
        };
        Console.Error.WriteLine($"warming up for {options.WarmupTime.TotalSeconds:0} s...");
        var warm = await LoadDriver.RunAsync(0, MaxWarmupRequests, options.Concurrency, options.WarmupTime,
            async (i, c) => (await shapes[i % shapes.Length](known[(i / shapes.Length) % known.Length], c)).Unless(200), null, ct);
        Notes.Add($"Warm-up before the first size: {warm.Completed:N0} requests of every read shape and a no-op PATCH in {options.WarmupTime.TotalSeconds:0} s ({warm.Errors} errors).");
        if (warm.Errors > 0) Problems.Add($"warm-up: {warm.Errors} errors, first: {warm.FirstError}");
    }

    private async Task SeedAsync(int size, CancellationToken ct)
    {
        var first = _users;
        Console.Error.WriteLine($"seeding users {first:N0} to {size:N0} through POST /Users ({options.SeedConcurrency} in flight)...");
        Grow(size);
        var label = $"{first:N0} → {size:N0}";
        await PhaseAsync(label, "POST /Users (seeding)", warmup: 0, first, size - first, options.SeedConcurrency, options.SeedLimit,
            (user, _, c) => CreateAsync(user, c), progress: "seeded");
        _users = size;
        if (options.Analyze && probe.CountsStatements)
        {
            var started = Stopwatch.GetTimestamp();
            await probe.VacuumAnalyzeAsync("users, audit_entries", ct);
            Notes.Add($"After seeding to {size:N0}: VACUUM (ANALYZE) users, audit_entries took {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s (autovacuum would do the same within about a minute; `--analyze false` measures without it).");
        }
    }

    private async Task MeasureAtAsync(CancellationToken ct)
    {
        var total = await TotalResultsAsync(ct);
        var known = Enumerable.Range(0, _users).Where(u => _ids[u] is not null).ToArray();
        if (total != known.Length)
        {
            Notes.Add($"The server reports {total:N0} users where the benchmark created {known.Length:N0}.");
        }

        var label = total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        Console.Error.WriteLine($"measuring at {label} users...");
        int[] Pick(int count) => [.. Enumerable.Range(0, count).Select(_ => known[_random.Next(known.Length)])];

        var reads = options.WarmupReads + options.Reads;
        var byId = Pick(reads);
        await PhaseAsync(label, "GET /Users/{id}", options.WarmupReads, 0, options.Reads, options.Concurrency, options.PhaseLimit,
            async (i, strict, c) =>
            {
                var answer = await scim.GetAsync(_ids[byId[i]]!, c);
                return answer.Unless(200) ?? (strict ? Expect(answer.Json().GetProperty("id").GetString() == _ids[byId[i]], "GET returned another user") : null);
            });

        var byName = Pick(reads);
        await PhaseAsync(label, "GET /Users?filter=userName eq", options.WarmupReads, 0, options.Reads, options.Concurrency, options.PhaseLimit,
            (i, strict, c) => FilterAsync("userName", ScimApi.UserName(byName[i]), strict, c));

        var byExternalId = Pick(reads);
        await PhaseAsync(label, "GET /Users?filter=externalId eq", options.WarmupReads, 0, options.Reads, options.Concurrency, options.PhaseLimit,
            (i, strict, c) => FilterAsync("externalId", ScimApi.ExternalId(byExternalId[i]), strict, c));

        var listReads = options.ListReads;
        var listWarmup = Math.Min(options.WarmupReads, listReads / 2);
        await PhaseAsync(label, "GET /Users?startIndex=1&count=100", listWarmup, 0, listReads, options.Concurrency, options.PhaseLimit,
            (_, strict, c) => PageAsync(1, total, strict, c));
        var deep = Math.Max(1, total - PageSize + 1);
        await PhaseAsync(label, $"GET /Users?startIndex={deep}&count=100", listWarmup, 0, listReads, options.Concurrency, options.PhaseLimit,
            (_, strict, c) => PageAsync(deep, total, strict, c));

        if (options.Walk) await WalkAsync(label, known, ct);
        if (options.Search) await SearchAsync(label, known, ct);

        if (options.ExplainCommand is not null)
        {
            Console.Error.WriteLine("  query plans...");
            try
            {
                Plans.Add(await ExternalCommand.RunAsync(options.ExplainCommand, TimeSpan.FromSeconds(60), ct));
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
            {
                Problems.Add($"explain command at {label} users: {ex.Message}");
            }
        }

        var writes = options.WarmupWrites + options.Writes;
        var active = known.Where(u => !_deactivated.Contains(u)).OrderBy(_ => _random.Next()).Take(writes).ToArray();
        _deactivated.UnionWith(active);
        var deactivateWarmup = Math.Min(options.WarmupWrites, active.Length / 2);
        await PhaseAsync(label, "PATCH /Users/{id} (deactivate)", deactivateWarmup, 0, active.Length - deactivateWarmup, options.Concurrency, options.PhaseLimit,
            async (i, strict, c) =>
            {
                var answer = await scim.DeactivateAsync(_ids[active[i]]!, c);
                return answer.Unless(200) ?? (strict ? Expect(!answer.Json().GetProperty("active").GetBoolean(), "PATCH left the user active") : null);
            });

        var firstNew = _users;
        Grow(firstNew + writes);
        await PhaseAsync(label, "POST /Users", options.WarmupWrites, firstNew, options.Writes, options.Concurrency, options.PhaseLimit,
            (user, _, c) => CreateAsync(user, c));
        _users = firstNew + writes;
    }

    /// <summary>Runs the warm-up (responses checked in full), then the measured requests with the server's counters around them.</summary>
    private async Task<PhaseRow> PhaseAsync(
        string users, string operation, int warmup, int first, int count, int concurrency, TimeSpan limit, CheckedRequest request, string? progress = null, bool watchMemory = false)
    {
        var ct = CancellationToken.None;
        // Memory is watched from before the warm-up: its first requests are the ones that could grow the heap.
        using var watch = watchMemory ? new MemoryWatch(probe) : null;
        if (warmup > 0)
        {
            var warm = await LoadDriver.RunAsync(first, warmup, concurrency, limit, (i, c) => request(i, true, c), null, ct);
            if (warm.Errors > 0) Problems.Add($"{operation} {At(users)}, warm-up: {warm.Errors} errors, first: {warm.FirstError}");
        }

        var (load, measured) = await MeasureAsync(
            () => LoadDriver.RunAsync(first + warmup, count, concurrency, limit, (i, c) => request(i, false, c), progress, ct), watch, ct);
        CheckLoad(users, operation, load, limit);
        var row = measured.Row(users, operation, concurrency, load, load.Completed);
        Rows.Add(row);
        Console.Error.WriteLine($"  {operation}: {load.Completed:N0} in {load.Elapsed.TotalSeconds:0.0} s, {load.RequestsPerSecond:0} req/s, p50 {load.Percentile(50):0.0} ms, p99 {load.Percentile(99):0.0} ms, {load.Errors} errors");
        return row;
    }

    /// <summary>Runs <paramref name="run"/> with the server's CPU time and the SQL it ran measured around it; stops <paramref name="watch"/> after it.</summary>
    private async Task<(LoadResult Load, Measured Measured)> MeasureAsync(Func<Task<LoadResult>> run, MemoryWatch? watch, CancellationToken ct)
    {
        var allocatedBefore = await probe.AllocatedBytesAsync(ct);
        await probe.ResetStatementsAsync(ct);
        _responses.Reset();
        var cpuBefore = probe.ServerCpuMs();
        var benchCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var load = await run();
        var benchCpu = (Process.GetCurrentProcess().TotalProcessorTime - benchCpuBefore).TotalMilliseconds;
        var serverCpu = probe.ServerCpuMs() - cpuBefore;
        var memory = watch is null ? null : await watch.StopAsync();
        var statements = await probe.StatementsAsync(ct);
        var allocated = await probe.AllocatedBytesAsync(ct) - allocatedBefore;
        return (load, new Measured(serverCpu, benchCpu, probe.CountsStatements, statements, probe.ServerMemory(), memory, _responses.BytesPerResponse, _responses.HeadersP50Ms)
        {
            AllocatedBytes = allocated,
        });
    }

    private void CheckLoad(string users, string operation, LoadResult load, TimeSpan limit)
    {
        if (load.Errors > 0) Problems.Add($"{operation} {At(users)}: {load.Errors} errors, first: {load.FirstError}");
        if (load.TimedOut) Problems.Add($"{operation} {At(users)}: stopped by the {limit.TotalSeconds:0} s limit after {load.Completed:N0} of {load.Planned:N0} requests");
    }

    private string At(string users) => options.Mode == "groups" ? $"({users})" : $"at {users} users";

    private async Task<string?> CreateAsync(int user, CancellationToken ct)
    {
        var answer = await scim.CreateAsync(user, ct);
        if (answer.Unless(201) is { } error) return error;
        _ids[user] = answer.Json().GetProperty("id").GetString();
        return null;
    }

    private async Task<string?> FilterAsync(string attribute, string value, bool strict, CancellationToken ct)
    {
        var answer = await scim.FilterAsync(attribute, value, ct);
        if (answer.Unless(200) is { } error) return error;
        var json = answer.Json();
        return Expect(json.GetProperty("totalResults").GetInt32() == 1, $"filter {attribute} eq \"{value}\" did not find exactly one user")
            ?? (strict ? Expect(json.GetProperty("Resources")[0].GetProperty(attribute).GetString() == value, "filter found another user") : null);
    }

    private async Task<string?> PageAsync(int startIndex, int total, bool strict, CancellationToken ct)
    {
        var answer = await scim.PageAsync(startIndex, PageSize, ct);
        var error = answer.Unless(200);
        if (error is not null || !strict) return error;
        var json = answer.Json();
        var expected = Math.Clamp(total - startIndex + 1, 0, PageSize);
        return Expect(json.GetProperty("itemsPerPage").GetInt32() == expected && json.GetProperty("Resources").GetArrayLength() == expected,
            $"page at {startIndex} did not hold {expected} users");
    }

    private async Task<int> TotalResultsAsync(CancellationToken ct)
    {
        var answer = await scim.PageAsync(1, 0, ct);
        if (answer.Unless(200) is { } error) throw new InvalidOperationException(error);
        return answer.Json().GetProperty("totalResults").GetInt32();
    }

    private void Grow(int size)
    {
        if (_ids.Length < size) Array.Resize(ref _ids, size);
    }

    private static string? Expect(bool condition, string failure) => condition ? null : failure;
}

/// <param name="Requests">What the per-request columns divide by: the requests of the phase (for interleaved operations, of both).</param>
internal sealed record PhaseRow(
    string Users,
    string Operation,
    int Concurrency,
    LoadResult Load,
    int Requests,
    double? ServerCpuMsPerRequest,
    double BenchCpuMsPerRequest,
    double? QueriesPerRequest,
    IReadOnlyList<StatementStats> Statements,
    (double RssMiB, double PeakMiB)? ServerMemory)
{
    public double? BytesPerResponse { get; init; }

    /// <summary>Median time until the response headers arrived (only for responses read as a stream).</summary>
    public double? HeadersP50Ms { get; init; }

    public MemoryDuring? Memory { get; init; }

    /// <summary>The server's managed-heap allocations during the phase ÷ requests, in KB (1,024 bytes); null when /metrics could not be read.</summary>
    public double? ServerKbAllocatedPerRequest { get; init; }
}

/// <summary>What was measured around one run of requests; <see cref="Row"/> divides it by the requests.</summary>
internal sealed record Measured(
    double? ServerCpuMs,
    double BenchCpuMs,
    bool CountsStatements,
    IReadOnlyList<StatementStats> Statements,
    (double RssMiB, double PeakMiB)? ServerMemory,
    MemoryDuring? Memory,
    double? BytesPerResponse,
    double? HeadersP50Ms)
{
    /// <summary>Growth of the server's allocated-bytes counter over the run (null when /metrics could not be read).</summary>
    public double? AllocatedBytes { get; init; }

    public PhaseRow Row(string users, string operation, int concurrency, LoadResult load, int requests, bool withStatements = true)
    {
        var perRequest = requests == 0 ? double.NaN : 1.0 / requests;
        return new PhaseRow(
            users,
            operation,
            concurrency,
            load,
            requests,
            ServerCpuMs * perRequest,
            BenchCpuMs * perRequest,
            CountsStatements ? Statements.Where(s => s.IsQuery).Sum(s => s.Calls) * perRequest : null,
            withStatements ? Statements : [],
            ServerMemory)
        {
            BytesPerResponse = BytesPerResponse,
            HeadersP50Ms = HeadersP50Ms,
            Memory = Memory,
            ServerKbAllocatedPerRequest = AllocatedBytes * perRequest / 1024,
        };
    }
}

/// <summary>Response sizes and header times the request functions report during a phase (thread-safe).</summary>
internal sealed class ResponseStats
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<double> _headersMs = new();
    private long _bytes;
    private long _responses;

    public double? BytesPerResponse => Interlocked.Read(ref _responses) is > 0 and var n ? Interlocked.Read(ref _bytes) / (double)n : null;

    public double? HeadersP50Ms
    {
        get
        {
            var sorted = _headersMs.Order().ToArray();
            return sorted.Length == 0 ? null : sorted[(sorted.Length - 1) / 2];
        }
    }

    public void Add(long bytes, double? headersMs = null)
    {
        Interlocked.Add(ref _bytes, bytes);
        Interlocked.Increment(ref _responses);
        if (headersMs is { } ms) _headersMs.Enqueue(ms);
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _bytes, 0);
        Interlocked.Exchange(ref _responses, 0);
        _headersMs.Clear();
    }
}
