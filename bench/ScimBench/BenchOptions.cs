using System.Globalization;

namespace ScimBench;

/// <summary>Command-line settings. Every count and every wait is bounded; the defaults are the ones bench/README.md reports.</summary>
internal sealed record BenchOptions
{
    public required Uri BaseUrl { get; init; }

    public required string Token { get; init; }

    /// <summary><c>users</c> (the /Users benchmark) or <c>groups</c> (one large and one small group; see Benchmark.Groups.cs).</summary>
    public string Mode { get; init; } = "users";

    /// <summary>Company sizes to measure at, ascending; the company is topped up through SCIM before each.</summary>
    public IReadOnlyList<int> Sizes { get; init; } = [1_000, 100_000];

    public int SeedConcurrency { get; init; } = 16;

    public int Concurrency { get; init; } = 8;

    public int Reads { get; init; } = 2_000;

    public int ListReads { get; init; } = 500;

    public int Writes { get; init; } = 1_000;

    public int WarmupReads { get; init; } = 500;

    public int WarmupWrites { get; init; } = 200;

    /// <summary>How long every request shape runs before the first size is measured.</summary>
    public TimeSpan WarmupTime { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan PhaseLimit { get; init; } = TimeSpan.FromSeconds(120);

    public TimeSpan SeedLimit { get; init; } = TimeSpan.FromSeconds(900);

    public int? ServerPid { get; init; }

    /// <summary>A libpq connection string for psql; when given, pg_stat_statements is read around each phase.</summary>
    public string? PsqlConnection { get; init; }

    public string? OutputFile { get; init; }

    /// <summary>After seeding, VACUUM (ANALYZE) the tables as autovacuum would within about a minute (needs --psql).</summary>
    public bool Analyze { get; init; } = true;

    /// <summary>A shell command run at each size after the reads (before any write), its output added to the report.</summary>
    public string? ExplainCommand { get; init; }

    /// <summary>At each size after the reads, one client walks every page as Okta's import does (startIndex 1, 101, …).</summary>
    public bool Walk { get; init; } = true;

    /// <summary>At each size after the walk: filters beyond <c>eq</c>, sorting, and a cursor walk (RFC 9865).</summary>
    public bool Search { get; init; } = true;

    /// <summary>The import walk's time limit: at 100,000 users it is 1,000 pages in a row.</summary>
    public TimeSpan WalkLimit { get; init; } = TimeSpan.FromSeconds(600);

    /// <summary>The server's Prometheus endpoint, read around each phase for the bytes it allocated (default: /metrics on the base URL's host).</summary>
    public Uri? MetricsUrl { get; init; }

    /// <summary>Groups mode: members of the large group (the company is seeded with this many users plus outsiders).</summary>
    public int GroupSize { get; init; } = 100_000;

    public int SmallGroupSize { get; init; } = 10;

    /// <summary>Groups mode: members per PATCH add while building the large group, as Okta batches them.</summary>
    public int BatchSize { get; init; } = 1_000;

    /// <summary>Groups mode: add-one-member/remove-one-member pairs per group (each pair is two measured requests).</summary>
    public int MemberWrites { get; init; } = 1_000;

    /// <summary>Groups mode: full GETs of the large group (once one at a time, once 4 at a time).</summary>
    public int FullGets { get; init; } = 8;

    /// <summary>Groups mode: membership PATCHes sent at once to the large group for the lost-update check.</summary>
    public int ParallelPatches { get; init; } = 400;

    public int ParallelConcurrency { get; init; } = 16;

    public const string Usage = """
        usage: ScimBench --base-url http://127.0.0.1:PORT/scim/v2/COMPANY --token TOKEN [options]
          --sizes 1000,100000        company sizes to measure at (seeded through SCIM, ascending)
          --seed-concurrency 16      requests in flight while seeding
          --concurrency 8            requests in flight while measuring
          --reads 2000 --list-reads 500 --writes 1000
          --warmup-reads 500 --warmup-writes 200   per phase, not measured
          --warmup-seconds 20        every request shape, once, before the first size is measured
          --phase-seconds 120 --seed-seconds 900   time limits (a phase stops early and says so)
          --server-pid PID           read the server's CPU time and memory from /proc
          --psql "host=... port=... user=... dbname=..."   count SQL statements with pg_stat_statements
          --out FILE                 also write the markdown report to FILE
          --analyze true             after seeding, VACUUM (ANALYZE) users and audit_entries (with --psql)
          --explain-command CMD      run CMD (bash -c) at each size after the reads; its output goes into the report
          --walk true                at each size after the reads, one client walks every page (startIndex 1, 101, ...)
          --walk-seconds 600         the walk's time limit
          --metrics-url URL          the server's Prometheus endpoint (default: /metrics on the base URL's host); n/a if unreachable
          --mode groups              the group benchmark instead (uses --concurrency, --reads, --list-reads, warm-ups, limits):
            --group-size 100000 --small-group-size 10 --batch-size 1000
            --member-writes 1000     add+remove pairs of one member per group
            --full-gets 8            full GETs of the large group, one at a time and then 4 at a time
            --parallel-patches 400 --parallel-concurrency 16   the lost-update check
        """;

    public static BenchOptions? Parse(IReadOnlyList<string> args, TextWriter errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                errors.WriteLine($"unexpected argument: {args[i]}");
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        if (!values.TryGetValue("base-url", out var baseUrl) || !values.TryGetValue("token", out var token))
        {
            errors.WriteLine("--base-url and --token are required");
            return null;
        }

        try
        {
            var options = new BenchOptions
            {
                BaseUrl = new Uri(baseUrl.TrimEnd('/') + "/", UriKind.Absolute),
                Token = token,
                ServerPid = values.TryGetValue("server-pid", out var pid) ? Number(pid) : null,
                PsqlConnection = values.GetValueOrDefault("psql"),
                OutputFile = values.GetValueOrDefault("out"),
                ExplainCommand = values.GetValueOrDefault("explain-command"),
                Analyze = !values.TryGetValue("analyze", out var analyze) || bool.Parse(analyze),
                Walk = !values.TryGetValue("walk", out var walk) || bool.Parse(walk),
                Search = !values.TryGetValue("search", out var search) || bool.Parse(search),
                MetricsUrl = new Uri(new Uri(baseUrl, UriKind.Absolute), values.GetValueOrDefault("metrics-url", "/metrics")),
                Mode = values.GetValueOrDefault("mode", "users") is ("users" or "groups") and var mode ? mode : throw new FormatException("--mode is users or groups"),
            };
            options = options with
            {
                Sizes = values.TryGetValue("sizes", out var sizes) ? [.. sizes.Split(',').Select(Number).Order()] : options.Sizes,
                SeedConcurrency = NumberOr(values, "seed-concurrency", options.SeedConcurrency),
                Concurrency = NumberOr(values, "concurrency", options.Concurrency),
                Reads = NumberOr(values, "reads", options.Reads),
                ListReads = NumberOr(values, "list-reads", options.ListReads),
                Writes = NumberOr(values, "writes", options.Writes),
                WarmupReads = NumberOr(values, "warmup-reads", options.WarmupReads),
                WarmupWrites = NumberOr(values, "warmup-writes", options.WarmupWrites),
                WarmupTime = TimeSpan.FromSeconds(NumberOr(values, "warmup-seconds", (int)options.WarmupTime.TotalSeconds)),
                PhaseLimit = TimeSpan.FromSeconds(NumberOr(values, "phase-seconds", (int)options.PhaseLimit.TotalSeconds)),
                SeedLimit = TimeSpan.FromSeconds(NumberOr(values, "seed-seconds", (int)options.SeedLimit.TotalSeconds)),
                WalkLimit = TimeSpan.FromSeconds(NumberOr(values, "walk-seconds", (int)options.WalkLimit.TotalSeconds)),
                GroupSize = NumberOr(values, "group-size", options.GroupSize),
                SmallGroupSize = NumberOr(values, "small-group-size", options.SmallGroupSize),
                BatchSize = NumberOr(values, "batch-size", options.BatchSize),
                MemberWrites = NumberOr(values, "member-writes", options.MemberWrites),
                FullGets = NumberOr(values, "full-gets", options.FullGets),
                ParallelPatches = NumberOr(values, "parallel-patches", options.ParallelPatches),
                ParallelConcurrency = NumberOr(values, "parallel-concurrency", options.ParallelConcurrency),
            };
            return options;
        }
        catch (FormatException ex)
        {
            errors.WriteLine(ex.Message);
            return null;
        }
    }

    private static int NumberOr(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) ? Number(text) : fallback;

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException($"not a positive whole number: {text}");
}
