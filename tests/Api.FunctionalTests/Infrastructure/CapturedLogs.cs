using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Platform.Api.FunctionalTests.Infrastructure;

/// <summary>Every log entry a server writes, at every level its filters let through: category, level, message, exception.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

    public IReadOnlyCollection<CapturedLogEntry> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The structured values too: a JSON formatter or an OTLP exporter writes them beside the message.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            entries.Enqueue(new CapturedLogEntry(category, logLevel, $"{formatter(state, exception)} {values} {exception}"));
        }
    }
}

public sealed record CapturedLogEntry(string Category, LogLevel Level, string Text);
