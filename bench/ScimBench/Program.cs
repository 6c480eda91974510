using ScimBench;

var options = BenchOptions.Parse(args, Console.Error);
if (options is null)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var maxConnections = Math.Max(options.SeedConcurrency, options.Concurrency);
using var scim = new ScimApi(options.BaseUrl, options.Token, maxConnections);
var benchmark = new Benchmark(options, scim, new ServerProbe(options.ServerPid, options.PsqlConnection, options.MetricsUrl));
await benchmark.RunAsync(CancellationToken.None);

var report = Report.Render(options, benchmark);
Console.Out.Write(report);
if (options.OutputFile is not null) await File.WriteAllTextAsync(options.OutputFile, report);
return benchmark.Problems.Count == 0 ? 0 : 1;
