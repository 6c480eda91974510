using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Platform.Api.Common;

/// <summary>
/// The console logger, in the same formats (the built-in <see cref="ConsoleFormatter"/>s, chosen by
/// <c>Logging:Console:FormatterName</c>), but without a lock or a write per line: a request thread formats its line
/// and drops it into a lock-free queue, and one writer hands whatever has gathered to standard output every
/// <see cref="Interval"/>, in one write. The stock console logger's shared queue took a contended lock and woke its
/// writer for every line, about a tenth of a SCIM read's CPU (bench/README.md). Lines reach standard output up to
/// <see cref="Interval"/> later; disposing (host shutdown) writes the rest. When output cannot keep up, lines past
/// <see cref="MaxQueuedLines"/> are dropped and counted, and the count is written when there is room again.
/// </summary>
[ProviderAlias("Console")]
public sealed class BatchedConsoleLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    internal static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private const int MaxQueuedLines = 50_000;

    private readonly ConcurrentQueue<string> _lines = new();
    private readonly IOptionsMonitor<ConsoleLoggerOptions> _options;
    private readonly Dictionary<string, ConsoleFormatter> _formatters;
    private readonly TextWriter _output;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _writer;
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
    private int _queued;
    private long _dropped;

    public BatchedConsoleLoggerProvider(IOptionsMonitor<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters)
        : this(options, formatters, new StreamWriter(System.Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false })
    {
    }

    internal BatchedConsoleLoggerProvider(IOptionsMonitor<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters, TextWriter output)
    {
        _options = options;
        _formatters = formatters.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        _output = output;
        _writer = Task.Run(WriteLoopAsync);
    }

    internal ConsoleFormatter Formatter =>
        _formatters.TryGetValue(_options.CurrentValue.FormatterName ?? ConsoleFormatterNames.Simple, out var formatter)
            ? formatter
            : _formatters[ConsoleFormatterNames.Simple];

    internal IExternalScopeProvider Scopes => _scopes;

    public ILogger CreateLogger(string categoryName) => new BatchedConsoleLogger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    internal void Enqueue(string line)
    {
        if (Interlocked.Increment(ref _queued) > MaxQueuedLines)
        {
            Interlocked.Decrement(ref _queued);
            Interlocked.Increment(ref _dropped);
            return;
        }

        _lines.Enqueue(line);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _writer.Wait(TimeSpan.FromSeconds(5));
        Drain();
        _stopping.Dispose();
    }

    private async Task WriteLoopAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token)) Drain();
        }
        catch (OperationCanceledException)
        {
            // Disposing: Dispose writes what is left.
        }
    }

    private void Drain()
    {
        lock (_output)
        {
            if (_lines.IsEmpty && Interlocked.Read(ref _dropped) == 0) return;
            while (_lines.TryDequeue(out var line))
            {
                Interlocked.Decrement(ref _queued);
                _output.Write(line);
            }

            if (Interlocked.Exchange(ref _dropped, 0) is > 0 and var dropped)
            {
                _output.WriteLine($"{dropped} log lines were dropped: standard output did not keep up.");
            }

            _output.Flush();
        }
    }
}
