using System.Globalization;
using System.Text;

namespace ScimBench;

/// <summary>The markdown report: one table row per measured phase, then the SQL each phase ran.</summary>
internal static class Report
{
    private const int QueryTextLimit = 400;

    public static string Render(BenchOptions options, Benchmark benchmark)
    {
        var text = new StringBuilder();
        Line(text, $"| {benchmark.SizeColumn} | operation | requests | in flight | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | server CPU ms/req | bench CPU ms/req | SQL queries/req | server KB allocated/req | server RSS / peak MiB |");
        Line(text, "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in benchmark.Rows)
        {
            var load = row.Load;
            Line(text, $"| {row.Users} | `{row.Operation}` | {load.Completed:N0} | {row.Concurrency} | {load.RequestsPerSecond:N0} | {load.Percentile(50):0.0} | {load.Percentile(90):0.0} | {load.Percentile(99):0.0} | {load.Percentile(100):0.0} | {load.Errors} | {Number(row.ServerCpuMsPerRequest, "0.00")} | {row.BenchCpuMsPerRequest:0.00} | {Number(row.QueriesPerRequest, "0.00")} | {Number(row.ServerKbAllocatedPerRequest, "N1", "n/a")} | {Memory(row.ServerMemory)} |");
        }

        Line(text, string.Empty);
        foreach (var walk in benchmark.Walks) Line(text, $"{walk}\n");
        Line(text, $"Warm-up before each measured phase: {options.WarmupReads} reads or {options.WarmupWrites} writes (not counted). Latency is per request in a closed loop (each of the in-flight workers sends its next request when the previous one answered), so p99 under overload shows up as lower throughput, not as queueing delay. SQL queries/req counts the SELECT/INSERT/UPDATE/DELETE statements PostgreSQL ran during the measured requests divided by their number; the statements below also list session and transaction control (Npgsql's `DISCARD ALL` when a pooled connection is reused, `BEGIN`, `COMMIT`). Server KB allocated/req is the growth of the server's `{ServerProbe.AllocatedBytesMetric}` (its GET /metrics, read before and after the measured requests) divided by their number: everything the server allocated meanwhile, its background work for them (the request log) and one scrape included.");

        if (options.Mode == "groups")
        {
            Line(text, "\nThe add and remove rows of one group come from the same run of add-then-remove pairs (each worker adds an outsider, then removes it, so the group keeps its size within the requests in flight): their req/s counts that operation only (the run's request rate is the sum), their errors are the pairs', and their CPU and SQL columns are per request of the run, adds and removes together. Requests to one group wait for each other on the group's row lock (docs/adr/0008), so their latency includes that queue.");
        }

        if (benchmark.Rows.Any(r => r.Memory is not null || r.BytesPerResponse is not null))
        {
            Line(text, "\n### Response size and server memory\n");
            Line(text, "RSS before the phase; the highest RSS seen polling /proc every 10 ms; the kernel's peak (VmHWM, reset with `clear_refs` at the start of the phase, so it is this phase's own peak); RSS after. Time to headers: the server sends them with its first flush, so a streamed body starts long before it ends.\n");
            Line(text, $"| {benchmark.SizeColumn} | operation | requests | in flight | bytes/response | p50 ms to headers | p50 ms | RSS before MiB | max polled RSS MiB | VmHWM during MiB | RSS after MiB | peak − before MiB |");
            Line(text, "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var row in benchmark.Rows.Where(r => r.Memory is not null || r.BytesPerResponse is not null))
            {
                var m = row.Memory;
                var peak = m is null ? (double?)null : Math.Max(m.MaxPolledRssMiB, m.PeakMiB ?? 0);
                Line(text, $"| {row.Users} | `{row.Operation}` | {row.Load.Completed:N0} | {row.Concurrency} | {Number(row.BytesPerResponse, "N0")} | {Number(row.HeadersP50Ms, "0.0")} | {row.Load.Percentile(50):0.0} | {Number(m?.RssBeforeMiB, "0")} | {Number(m?.MaxPolledRssMiB, "0")} | {Number(m?.PeakMiB, "0")} | {Number(m?.RssAfterMiB, "0")} | {Number(peak - m?.RssBeforeMiB, "0")} |");
            }
        }

        foreach (var section in benchmark.Sections) Line(text, $"\n{section}");

        foreach (var note in benchmark.Notes) Line(text, $"\nNote: {note}");
        if (benchmark.MetricsError is { } metricsError) Line(text, $"\nNote: server KB allocated/req is n/a from where it could not be read: {metricsError}");
        if (benchmark.Problems.Count > 0)
        {
            Line(text, "\n**Problems:**\n");
            foreach (var problem in benchmark.Problems) Line(text, $"- {problem}");
        }

        if (benchmark.Rows.Any(r => r.Statements.Count > 0))
        {
            Line(text, "\n### SQL statements per request (pg_stat_statements, measured requests only)\n");
            foreach (var row in benchmark.Rows.Where(r => r.Statements.Count > 0))
            {
                Line(text, options.Mode == "groups"
                    ? $"**{row.Operation}**{(row.Requests != row.Load.Completed ? " and the removes of the same run (per request of either)" : string.Empty)}, group of {row.Users}:\n"
                    : $"**{row.Operation}** at {row.Users} users:\n");
                Line(text, "| calls/req | mean ms | buffers/call | statement |");
                Line(text, "|---:|---:|---:|---|");
                foreach (var statement in row.Statements)
                {
                    var perRequest = statement.Calls / (double)Math.Max(1, row.Requests);
                    var query = statement.Query.Length > QueryTextLimit ? statement.Query[..QueryTextLimit] + " …" : statement.Query;
                    Line(text, $"| {perRequest:0.00} | {statement.TotalMs / statement.Calls:0.000} | {statement.Buffers / (double)statement.Calls:0.0} | `{query.Replace("|", "\\|", StringComparison.Ordinal)}` |");
                }

                Line(text, string.Empty);
            }
        }

        foreach (var plans in benchmark.Plans) Line(text, plans);
        return text.ToString();
    }

    private static string Number(double? value, string format, string missing = "–") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : missing;

    private static string Memory((double RssMiB, double PeakMiB)? memory) => memory is { } m ? $"{m.RssMiB:0} / {m.PeakMiB:0}" : "–";

    private static void Line(StringBuilder text, string line) => text.Append(CultureInfo.InvariantCulture, $"{line}\n");
}
