using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Platform.Api.Common;

namespace Platform.UnitTests.Api.Common;

public sealed class BatchedConsoleLoggerTests
{
    [Fact]
    public void Lines_AreWrittenInOrder_InTheConfiguredFormat_AndAllOfThemByDispose()
    {
        var output = new StringWriter();
        using (var services = new ServiceCollection().AddLogging(logging => logging.AddConsole()).BuildServiceProvider())
        {
            var options = new StaticOptions(new ConsoleLoggerOptions { FormatterName = ConsoleFormatterNames.Json });
            using var provider = new BatchedConsoleLoggerProvider(options, services.GetServices<ConsoleFormatter>(), output);
            var logger = provider.CreateLogger("Platform.Test");

            Parallel.For(0, 500, i => logger.LogInformation("line {Number}", i));
            logger.LogWarning("last");
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(501, lines.Length);
        var parsed = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(parsed, line => Assert.Equal("Platform.Test", line.GetProperty("Category").GetString()));
        Assert.Equal(Enumerable.Range(0, 500), parsed.SkipLast(1).Select(line => line.GetProperty("State").GetProperty("Number").GetInt32()).Order());
        Assert.Equal("last", parsed[^1].GetProperty("Message").GetString());
    }

    [Fact]
    public void SimpleFormat_WhenAskedFor()
    {
        var output = new StringWriter();
        using (var services = new ServiceCollection().AddLogging(logging => logging.AddConsole()).BuildServiceProvider())
        {
            var options = new StaticOptions(new ConsoleLoggerOptions { FormatterName = ConsoleFormatterNames.Simple });
            using var provider = new BatchedConsoleLoggerProvider(options, services.GetServices<ConsoleFormatter>(), output);
            provider.CreateLogger("Platform.Test").LogInformation("Now listening on {Url}", "http://127.0.0.1:5000");
        }

        Assert.Contains("info: Platform.Test", output.ToString());
        Assert.Contains("Now listening on http://127.0.0.1:5000", output.ToString());
    }

    private sealed class StaticOptions(ConsoleLoggerOptions value) : IOptionsMonitor<ConsoleLoggerOptions>
    {
        public ConsoleLoggerOptions CurrentValue => value;

        public ConsoleLoggerOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<ConsoleLoggerOptions, string?> listener) => null;
    }
}
