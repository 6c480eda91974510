using Microsoft.Extensions.Logging.Abstractions;

namespace Platform.Api.Common;

/// <summary>Formats a line on the calling thread and queues it for <see cref="BatchedConsoleLoggerProvider"/>'s writer.</summary>
internal sealed class BatchedConsoleLogger(string category, BatchedConsoleLoggerProvider provider) : ILogger
{
    [ThreadStatic]
    private static StringWriter? t_line;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => provider.Scopes.Push(state);

    // Levels are filtered by the logger factory's rules (Logging:LogLevel) before a line gets here.
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;

        var line = t_line ??= new StringWriter();
        var text = line.GetStringBuilder();
        text.Clear();
        provider.Formatter.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), provider.Scopes, line);
        if (text.Length == 0) return;

        provider.Enqueue(text.ToString());
        if (text.Capacity > 16 * 1024) t_line = null;
    }
}
