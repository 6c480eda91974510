using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimBench;

/// <summary>
/// <c>--mode groups</c> (issue 4, "Large groups and concurrency"): one company seeded with <c>GroupSize</c> users plus
/// some outsiders, a small group (<c>SmallGroupSize</c> members) and a large one (all <c>GroupSize</c> users, built by
/// PATCH adds of <c>BatchSize</c> as Okta batches them). Then, on both groups: GET without members, Okta's link
/// lookup without members, and one-member add/remove pairs; the full GET of each (bytes, time to headers, server
/// memory); the lost-update check with parallel PATCHes on the large group; and whole-list replaces on a third group.
/// Users are numbered: 0 … GroupSize−1 are the large group's members, 0 … SmallGroupSize−1 the small group's, and
/// the outsiders (GroupSize …) belong to neither and are what the add/remove requests add and take away again.
/// </summary>
internal sealed partial class Benchmark
{
    private const string SmallName = "bench-small";
    private const string LargeName = "bench-large";
    private const string ReplaceName = "bench-replace";
    private const int MaxOutsiderRun = 1_000;
    private int _outsiderStart;
    private int _outsiders;

    /// <summary>Markdown sections after the main table (groups mode: the build, the lost-update check).</summary>
    public List<string> Sections { get; } = [];

    public string SizeColumn => options.Mode == "groups" ? "group" : "users in company";

    private async Task RunGroupsAsync(CancellationToken ct)
    {
        var size = options.GroupSize;
        var smallSize = Math.Min(options.SmallGroupSize, size);
        _outsiderStart = size;
        _outsiders = Math.Max(MaxOutsiderRun, options.ParallelPatches);
        await SeedAsync(size + _outsiders, ct);
        if (Enumerable.Range(0, _users).Any(u => _ids[u] is null))
        {
            Problems.Add("seeding did not create every user; the group benchmark needs all of them");
            return;
        }

        var small = await CreateGroupAsync(SmallName, ct);
        var large = await CreateGroupAsync(LargeName, ct);
        Must(await scim.PatchGroupAsync(small, [ScimApi.AddMembers(Users(0, smallSize))], ct), 204, "adding the small group's members");
        await BuildAsync(large, size, ct);

        await WarmUpGroupsAsync(small, ct);
        var smallLabel = $"{smallSize:N0} members";
        var largeLabel = $"{size:N0} members";
        foreach (var (label, id, name, members) in new[] { (smallLabel, small, SmallName, smallSize), (largeLabel, large, LargeName, size) })
        {
            Console.Error.WriteLine($"measuring the group of {label}...");
            await SlimReadsAsync(label, id, name);
            await MemberPairsAsync(label, id, members, ct);
        }

        Sections.Add(Criteria(smallLabel, largeLabel));
        await ExplainAsync(largeLabel, ct);
        await FullReadsAsync(smallLabel, small, smallSize, largeLabel, large, size);
        await LostUpdateCheckAsync(largeLabel, large, size, smallSize, ct);
        await ReplaceAsync(size, ct);
        if (probe.RunPeakMiB is { } peak) Notes.Add($"Server peak RSS over the whole run (VmHWM, including the peaks before each per-phase reset): {peak:0} MiB.");
    }

    /// <summary>Issue 4's criteria: each operation on the large group within 2× of the same on the small one.</summary>
    private string Criteria(string smallLabel, string largeLabel)
    {
        var lines = new List<string>();
        foreach (var operation in new[] { "PATCH /Groups/{id} add 1 member", "PATCH /Groups/{id} remove 1 member", "GET /Groups/{id}?excludedAttributes=members", "GET /Groups?filter=displayName eq …&excludedAttributes=members" })
        {
            var small = Rows.Find(r => r.Users == smallLabel && r.Operation == operation);
            var large = Rows.Find(r => r.Users == largeLabel && r.Operation == operation);
            if (small is null || large is null) continue;
            double Ratio(Func<PhaseRow, double?> metric) => (metric(large) ?? double.NaN) / (metric(small) ?? double.NaN);
            var (p50, p99, rate, cpu) = (Ratio(r => r.Load.Percentile(50)), Ratio(r => r.Load.Percentile(99)), Ratio(r => r.Load.RequestsPerSecond), Ratio(r => r.ServerCpuMsPerRequest));
            var holds = p50 <= 2 && p99 <= 2 && rate >= 0.5;
            lines.Add($"| `{operation}` | {small.Load.Percentile(50):0.0} → {large.Load.Percentile(50):0.0} ({p50:0.00}×) | {small.Load.Percentile(99):0.0} → {large.Load.Percentile(99):0.0} ({p99:0.00}×) | {small.Load.RequestsPerSecond:N0} → {large.Load.RequestsPerSecond:N0} ({rate:0.00}×) | {small.ServerCpuMsPerRequest:0.00} → {large.ServerCpuMsPerRequest:0.00} ({cpu:0.00}×) | {(holds ? "yes" : "**no**")} |");
        }

        return $"""
            ### Within 2× of the small group? ({smallLabel} → {largeLabel})

            "Holds" when the large group's p50 and p99 are at most 2× the small group's and its throughput at least half. One noisy run: compare the server CPU per request and the SQL buffers per statement (below) too.

            | operation | p50 ms | p99 ms | req/s | server CPU ms/req | holds |
            |---|---:|---:|---:|---:|---|
            {string.Join('\n', lines)}
            """;
    }

    /// <summary>The large group as Okta's Push Groups fills it: one PATCH add of a batch after the other.</summary>
    private async Task BuildAsync(string large, int size, CancellationToken ct)
    {
        var batch = options.BatchSize;
        var batches = (size + batch - 1) / batch;
        Console.Error.WriteLine($"building the group of {size:N0}: {batches:N0} PATCH adds of {batch:N0} members, one at a time...");
        var row = await PhaseAsync($"0 → {size:N0} members", $"PATCH /Groups/{{id}} add {batch:N0} members (building)", 0, 0, batches, 1, options.SeedLimit,
            async (i, _, c) => (await scim.PatchGroupAsync(large, [ScimApi.AddMembers(Users(i * batch, Math.Min(batch, size - (i * batch))))], c)).Unless(204),
            progress: "batches");
        var count = await MemberCountAsync(large, size, "after building the large group", ct);
        Sections.Add($"### Building the group of {size:N0}\n\n{batches:N0} × `PATCH /Groups/{{id}}` `{{\"op\":\"add\",\"path\":\"members\",\"value\":[{batch:N0} members]}}`, one at a time, "
            + $"starting from an empty group: **{row.Load.Elapsed.TotalSeconds:0.0} s** in all ({row.Load.RequestsPerSecond * batch:N0} members/s; per request p50 {row.Load.Percentile(50):0} ms, p99 {row.Load.Percentile(99):0} ms, max {row.Load.Percentile(100):0} ms). "
            + $"Members counted in PostgreSQL afterwards: {count?.ToString("N0", CultureInfo.InvariantCulture) ?? "–"}.");
        if (options.Analyze && probe.CountsStatements)
        {
            var started = Stopwatch.GetTimestamp();
            await probe.VacuumAnalyzeAsync("group_members, groups", ct);
            Notes.Add($"After building the large group: VACUUM (ANALYZE) group_members, groups took {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s (what autovacuum would do by itself after a bulk insert).");
        }
    }

    /// <summary>Every request shape on the small group for a while, so that the server's JIT has tiered up before anything is measured.</summary>
    private async Task WarmUpGroupsAsync(string small, CancellationToken ct)
    {
        var shapes = new Func<int, CancellationToken, Task<string?>>[]
        {
            async (_, c) => (await scim.GetPathAsync(ScimApi.GroupPath(small, members: false), c)).Unless(200),
            async (_, c) => (await scim.GetPathAsync(ScimApi.GroupPath(small, members: true), c)).Unless(200),
            async (_, c) => (await scim.GetPathAsync(ScimApi.FindGroupPath(SmallName, members: false), c)).Unless(200),
            async (_, c) => (await scim.GetPathAsync(ScimApi.FindGroupPath(SmallName, members: true), c)).Unless(200),
            (i, _) => AddThenRemoveAsync(small, Outsider(i), null),
        };
        Console.Error.WriteLine($"warming up for {options.WarmupTime.TotalSeconds:0} s...");
        var warm = await LoadDriver.RunAsync(0, MaxWarmupRequests, options.Concurrency, options.WarmupTime, (i, c) => shapes[i % shapes.Length](i / shapes.Length, c), null, ct);
        Notes.Add($"Warm-up before measuring: {warm.Completed:N0} requests of every group read shape and add/remove pairs on the small group in {options.WarmupTime.TotalSeconds:0} s ({warm.Errors} errors).");
        if (warm.Errors > 0) Problems.Add($"warm-up: {warm.Errors} errors, first: {warm.FirstError}");
    }

    /// <summary>The reads that must not depend on the group's size: by id and Okta's lookup, both without members.</summary>
    private async Task SlimReadsAsync(string label, string id, string name)
    {
        await PhaseAsync(label, "GET /Groups/{id}?excludedAttributes=members", options.WarmupReads, 0, options.Reads, options.Concurrency, options.PhaseLimit,
            async (_, strict, c) =>
            {
                var answer = await scim.GetPathAsync(ScimApi.GroupPath(id, members: false), c);
                return answer.Unless(200) ?? (strict ? Expect(answer.Json() is var g && g.GetProperty("id").GetString() == id && !g.TryGetProperty("members", out var _), "not the group, or with members") : null);
            });
        await PhaseAsync(label, "GET /Groups?filter=displayName eq …&excludedAttributes=members", Math.Min(options.WarmupReads, options.ListReads / 2), 0, options.ListReads, options.Concurrency, options.PhaseLimit,
            async (_, strict, c) =>
            {
                var answer = await scim.GetPathAsync(ScimApi.FindGroupPath(name, members: false), c);
                if (answer.Unless(200) is { } error) return error;
                var list = answer.Json();
                return Expect(list.GetProperty("totalResults").GetInt32() == 1, "the lookup did not find exactly one group")
                    ?? (strict ? Expect(list.GetProperty("Resources")[0] is var g && g.GetProperty("id").GetString() == id && !g.TryGetProperty("members", out var _), "not the group, or with members") : null);
            });
    }

    /// <summary>
    /// Add one outsider, then remove it again, each a measured request, so that the group keeps its size (within the
    /// requests in flight). Both operations are one table row each, from the same run.
    /// </summary>
    private async Task MemberPairsAsync(string label, string id, int members, CancellationToken ct)
    {
        var pairs = options.MemberWrites;
        var warmup = Math.Min(options.WarmupWrites / 2, pairs);
        var added = new double[pairs];
        var removed = new double[pairs];
        Array.Fill(added, double.NaN);
        Array.Fill(removed, double.NaN);
        var measuredLatencies = (added, removed);
        var warm = await LoadDriver.RunAsync(0, warmup, options.Concurrency, options.PhaseLimit, (i, _) => AddThenRemoveAsync(id, Outsider(i), null), null, ct);
        if (warm.Errors > 0) Problems.Add($"add/remove pairs on the group of {label}, warm-up: {warm.Errors} errors, first: {warm.FirstError}");

        var (load, measured) = await MeasureAsync(
            () => LoadDriver.RunAsync(warmup, pairs, options.Concurrency, options.PhaseLimit, (i, _) => AddThenRemoveAsync(id, Outsider(i), (measuredLatencies, i - warmup)), null, ct),
            watch: null,
            ct);
        CheckLoad(label, "PATCH add + remove one member", load, options.PhaseLimit);
        LoadResult Only(double[] latencies) => load with { SortedLatenciesMs = [.. latencies.Where(l => !double.IsNaN(l)).Order()] };
        Rows.Add(measured.Row(label, "PATCH /Groups/{id} add 1 member", options.Concurrency, Only(added), 2 * load.Completed));
        Rows.Add(measured.Row(label, "PATCH /Groups/{id} remove 1 member", options.Concurrency, Only(removed), 2 * load.Completed, withStatements: false));
        Console.Error.WriteLine($"  add/remove pairs: {load.Completed:N0} in {load.Elapsed.TotalSeconds:0.0} s, add p50 {Only(added).Percentile(50):0.0} ms, remove p50 {Only(removed).Percentile(50):0.0} ms, {load.Errors} errors");
        await MemberCountAsync(id, members, $"after the add/remove pairs on the group of {label}", ct);
    }

    /// <summary>
    /// Not cancelled by a phase's time limit (which would leave the outsider in the group): each request is bounded by
    /// the HTTP client's timeout instead, and the driver starts no new pair after the limit.
    /// </summary>
    private async Task<string?> AddThenRemoveAsync(string group, string user, ((double[] Added, double[] Removed) Latencies, int Index)? record)
    {
        var ct = CancellationToken.None;
        var sent = Stopwatch.GetTimestamp();
        var addError = (await scim.PatchGroupAsync(group, [ScimApi.AddMembers([user])], ct)).Unless(204);
        var addMs = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
        sent = Stopwatch.GetTimestamp();
        var removeError = (await scim.PatchGroupAsync(group, [ScimApi.RemoveMember(user)], ct)).Unless(204);
        if (record is { } r)
        {
            r.Latencies.Added[r.Index] = addMs;
            r.Latencies.Removed[r.Index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
        }

        return addError ?? removeError;
    }

    private async Task ExplainAsync(string label, CancellationToken ct)
    {
        if (options.ExplainCommand is null) return;
        Console.Error.WriteLine("  query plans...");
        try
        {
            Plans.Add(await ExternalCommand.RunAsync(options.ExplainCommand, TimeSpan.FromSeconds(120), ct));
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            Problems.Add($"explain command at {label}: {ex.Message}");
        }
    }

    /// <summary>
    /// Full GETs, with the server's memory watched: the small group at the usual concurrency, the large one once at a
    /// time and then 4 at a time; then Okta's link lookup (<c>filter=displayName eq</c>) with members, as Okta sends it.
    /// </summary>
    private async Task FullReadsAsync(string smallLabel, string small, int smallSize, string largeLabel, string large, int size)
    {
        Console.Error.WriteLine("full reads...");
        var listWarmup = Math.Min(options.WarmupReads, options.ListReads / 2);
        await PhaseAsync(smallLabel, "GET /Groups/{id} (with members)", options.WarmupReads, 0, options.Reads, options.Concurrency, options.PhaseLimit,
            StreamedGet(ScimApi.GroupPath(small, members: true), smallSize, listed: false), watchMemory: true);
        await PhaseAsync(largeLabel, "GET /Groups/{id} (with members)", 1, 0, options.FullGets, 1, options.PhaseLimit,
            StreamedGet(ScimApi.GroupPath(large, members: true), size, listed: false), watchMemory: true);
        await PhaseAsync(largeLabel, "GET /Groups/{id} (with members)", 0, 0, options.FullGets, Math.Min(4, options.Concurrency), options.PhaseLimit,
            StreamedGet(ScimApi.GroupPath(large, members: true), size, listed: false), watchMemory: true);
        await PhaseAsync(smallLabel, "GET /Groups?filter=displayName eq … (with members)", listWarmup, 0, options.ListReads, options.Concurrency, options.PhaseLimit,
            StreamedGet(ScimApi.FindGroupPath(SmallName, members: true), smallSize, listed: true), watchMemory: true);
        await PhaseAsync(largeLabel, "GET /Groups?filter=displayName eq … (with members)", 1, 0, options.FullGets, 1, options.PhaseLimit,
            StreamedGet(ScimApi.FindGroupPath(LargeName, members: true), size, listed: true), watchMemory: true);
        await PhaseAsync(largeLabel, "GET /Groups?filter=displayName eq … (with members)", 0, 0, options.FullGets, Math.Min(4, options.Concurrency), options.PhaseLimit,
            StreamedGet(ScimApi.FindGroupPath(LargeName, members: true), size, listed: true), watchMemory: true);
    }

    /// <summary>A GET read as a stream (bytes and time to headers recorded); during warm-up the members are counted.</summary>
    private CheckedRequest StreamedGet(string path, int members, bool listed) => async (_, strict, c) =>
    {
        var got = await scim.GetStreamedAsync(path, keepBody: strict, c);
        if (!strict) _responses.Add(got.Bytes, got.HeadersMs);
        var error = got.Answer.Unless(200);
        if (error is not null || !strict) return error;
        var json = got.Answer.Json();
        var group = listed ? json.GetProperty("Resources")[0] : json;
        return Expect(MemberIds(group).Count == members, $"{path}: not {members:N0} members");
    };

    /// <summary>
    /// Okta sends membership PATCHes to one group in parallel. Send a shuffled mix at once (adds, removes, a remove and
    /// an add in one request, and no-ops: adding a member, removing a non-member), then check that the members are
    /// exactly what they imply: the count in PostgreSQL, the full set over SCIM, the version counter (+1 per PATCH)
    /// and the audit trail (one entry per request that changed something, with its counts).
    /// </summary>
    private async Task LostUpdateCheckAsync(string label, string large, int size, int smallSize, CancellationToken ct)
    {
        var n = options.ParallelPatches;
        var (adds, removes, mixed, noopAdds) = (n / 2, n / 4, n / 8, n / 16);
        var noopRemoves = n - adds - removes - mixed - noopAdds;
        var outsiders = Enumerable.Range(_outsiderStart, _outsiders).Select(u => _ids[u]!).ToArray();
        var candidates = Enumerable.Range(smallSize, size - smallSize).OrderBy(_ => _random.Next()).Take(removes + mixed + noopAdds).Select(u => _ids[u]!).ToArray();
        if (adds + mixed + noopRemoves > outsiders.Length || candidates.Length < removes + mixed + noopAdds)
        {
            Problems.Add($"lost-update check: {n} PATCHes need more outsiders or members than there are");
            return;
        }

        var (o, m) = (0, 0);
        var requests = new List<JsonObject[]>();
        var expected = Users(0, size).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < adds; i++) requests.Add([ScimApi.AddMembers([Take(outsiders, ref o, expected, add: true)])]);
        for (var i = 0; i < removes; i++) requests.Add([ScimApi.RemoveMember(Take(candidates, ref m, expected, add: false))]);
        for (var i = 0; i < mixed; i++) requests.Add([ScimApi.RemoveMember(Take(candidates, ref m, expected, add: false)), ScimApi.AddMembers([Take(outsiders, ref o, expected, add: true)])]);
        for (var i = 0; i < noopAdds; i++) requests.Add([ScimApi.AddMembers([candidates[m++]])]);
        for (var i = 0; i < noopRemoves; i++) requests.Add([ScimApi.RemoveMember(outsiders[o++])]);
        var shuffled = requests.OrderBy(_ => _random.Next()).ToArray();

        var versionBefore = await GroupVersionAsync(large, ct);
        var auditBefore = await AuditAsync(large, ct);
        Console.Error.WriteLine($"lost-update check: {n} PATCHes, {options.ParallelConcurrency} at once...");
        var row = await PhaseAsync(label, $"PATCH /Groups/{{id}}, {n} mixed membership changes ({options.ParallelConcurrency} at once)", 0, 0, n, options.ParallelConcurrency, options.PhaseLimit,
            async (i, _, c) => (await scim.PatchGroupAsync(large, shuffled[i], c)).Unless(204));

        var count = await MemberCountAsync(large, expected.Count, "after the lost-update check", ct);
        var versionAfter = await GroupVersionAsync(large, ct);
        var auditAfter = await AuditAsync(large, ct);
        var full = await scim.GetStreamedAsync(ScimApi.GroupPath(large, members: true), keepBody: true, ct);
        var actual = full.Answer.Unless(200) is null ? MemberIds(full.Answer.Json()).ToHashSet(StringComparer.Ordinal) : [];
        var missing = expected.Count(id => !actual.Contains(id));
        var extra = actual.Count(id => !expected.Contains(id));

        var checks = new List<(string What, string Expected, string Actual, bool Ok)>
        {
            ("requests answered 204", $"{n:N0}", $"{row.Load.Completed - row.Load.Errors:N0}", row.Load.Errors == 0 && row.Load.Completed == n),
            ("members in PostgreSQL (`count(*)` of group_members)", $"{expected.Count:N0}", count?.ToString("N0", CultureInfo.InvariantCulture) ?? "–", count == expected.Count),
            ("members in the full GET", $"{expected.Count:N0}", $"{actual.Count:N0}", actual.Count == expected.Count),
            ("expected members missing from the full GET / members there that should not be", "0 / 0", $"{missing:N0} / {extra:N0}", missing == 0 && extra == 0),
            ("`meta.version` change (+1 per PATCH)", $"+{n}", versionBefore is { } vb && versionAfter is { } va ? $"+{va - vb}" : "–", versionAfter - versionBefore == n),
        };
        if (auditBefore is { } ab && auditAfter is { } aa)
        {
            var (entries, addedSum, removedSum) = (aa.Entries - ab.Entries, aa.Added - ab.Added, aa.Removed - ab.Removed);
            checks.Add(("audit entries `group.members_changed` (one per request that changed members)", $"{adds + removes + mixed}", $"{entries}", entries == adds + removes + mixed));
            checks.Add(("members added / removed, summed over those entries", $"{adds + mixed} / {removes + mixed}", $"{addedSum} / {removedSum}", addedSum == adds + mixed && removedSum == removes + mixed));
        }

        foreach (var failed in checks.Where(c => !c.Ok)) Problems.Add($"lost-update check: {failed.What}: expected {failed.Expected}, got {failed.Actual}");
        var table = string.Join('\n', checks.Select(c => $"| {c.What} | {c.Expected} | {c.Actual} | {(c.Ok ? "yes" : "**NO**")} |"));
        Sections.Add($"""
            ### Lost-update check on the group of {size:N0}

            {n} PATCHes to the same group, shuffled, {options.ParallelConcurrency} in flight: {adds} add one outsider, {removes} remove one member, {mixed} remove a member and add an outsider in one request, {noopAdds} add an existing member, {noopRemoves} remove a non-member. They imply {size:N0} + {adds + mixed} − {removes + mixed} = **{expected.Count:N0}** members (the exact set is known). {row.Load.Elapsed.TotalSeconds:0.0} s, p50 {row.Load.Percentile(50):0.0} ms, p99 {row.Load.Percentile(99):0.0} ms per request.

            | check | expected | actual | holds |
            |---|---:|---:|---|
            {table}
            """);
    }

    /// <summary>Okta's "Push now" and custom apps: the whole list in one request, on a third group; then its DELETE.</summary>
    private async Task ReplaceAsync(int size, CancellationToken ct)
    {
        Console.Error.WriteLine("whole-list replaces...");
        var id = await CreateGroupAsync(ReplaceName, ct);
        var all = Users(0, size).ToArray();
        var swap = Math.Min(MaxOutsiderRun, Math.Min(size, _outsiders));
        var swapped = all.Skip(swap).Concat(Users(_outsiderStart, swap)).ToArray();
        var megabytes = ScimApi.ReplaceMembers(all).ToJsonString().Length / 1048576.0;
        var label = $"{size:N0} members";
        await OneRequestAsync($"0 → {size:N0} members", $"PATCH replace members: all {size:N0} in one request ({megabytes:0.0} MB body)",
            c => scim.PatchGroupAsync(id, [ScimApi.ReplaceMembers(all)], c), 204);
        await MemberCountAsync(id, size, "after the replace", ct);
        await OneRequestAsync(label, $"PATCH replace members: the same {size:N0} again (no change)",
            c => scim.PatchGroupAsync(id, [ScimApi.ReplaceMembers(all)], c), 204);
        await OneRequestAsync(label, $"PATCH replace members: {size:N0} with {swap:N0} out and {swap:N0} in",
            c => scim.PatchGroupAsync(id, [ScimApi.ReplaceMembers(swapped)], c), 204);
        await MemberCountAsync(id, size, "after the replace with a changed list", ct);
        await OneRequestAsync(label, "DELETE /Groups/{id}", c => scim.DeleteGroupAsync(id, c), 204);
        await MemberCountAsync(id, 0, "after deleting the group", ct);
    }

    private Task<PhaseRow> OneRequestAsync(string label, string operation, Func<CancellationToken, Task<Answer>> send, int status) =>
        PhaseAsync(label, operation, 0, 0, 1, 1, options.PhaseLimit, async (_, _, c) => (await send(c)).Unless(status), watchMemory: true);

    private async Task<string> CreateGroupAsync(string displayName, CancellationToken ct)
    {
        var answer = await scim.CreateGroupAsync(displayName, ct);
        Must(answer, 201, $"creating group {displayName}");
        return answer.Json().GetProperty("id").GetString()!;
    }

    private async Task<int?> MemberCountAsync(string group, int expected, string when, CancellationToken ct)
    {
        var text = await probe.QueryAsync($"select count(*) from group_members where group_id = '{group}'", ct);
        if (text is null) return null;
        var count = int.Parse(text, CultureInfo.InvariantCulture);
        if (count != expected) Problems.Add($"{when}: {count:N0} members in PostgreSQL, expected {expected:N0}");
        return count;
    }

    private async Task<int?> GroupVersionAsync(string group, CancellationToken ct)
    {
        var answer = await scim.GetPathAsync(ScimApi.GroupPath(group, members: false), ct);
        if (answer.Unless(200) is not null) return null;
        var etag = answer.Json().GetProperty("meta").GetProperty("version").GetString() ?? string.Empty;
        return int.TryParse(etag.Trim('W', '/', '"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    /// <summary>The group's membership audit entries so far, and the added and removed counts their summaries give.</summary>
    private async Task<(int Entries, int Added, int Removed)?> AuditAsync(string group, CancellationToken ct)
    {
        var text = await probe.QueryAsync($"""
            select count(*), coalesce(sum((regexp_match(summary, '(\d+) added, (\d+) removed'))[1]::int), 0),
                   coalesce(sum((regexp_match(summary, '(\d+) added, (\d+) removed'))[2]::int), 0)
            from audit_entries where target_type = 'group' and target_id = '{group}' and action = 'group.members_changed'
            """, ct);
        if (text is null) return null;
        var fields = text.Split('\t').Select(f => int.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return (fields[0], fields[1], fields[2]);
    }

    private static List<string> MemberIds(JsonElement group) =>
        group.TryGetProperty("members", out var members) ? [.. members.EnumerateArray().Select(m => m.GetProperty("value").GetString()!)] : [];

    private static string Take(string[] from, ref int next, HashSet<string> expected, bool add)
    {
        var id = from[next++];
        if (add) expected.Add(id);
        else expected.Remove(id);
        return id;
    }

    private IEnumerable<string> Users(int first, int count) => Enumerable.Range(first, count).Select(u => _ids[u]!);

    private string Outsider(int i) => _ids[_outsiderStart + (i % _outsiders)]!;

    private static void Must(Answer answer, int status, string what)
    {
        if (answer.Unless(status) is { } error) throw new InvalidOperationException($"{what}: {error}");
    }
}
