using Platform.Api.Cli;
using Platform.Api.Composition;
using Platform.Application.Common;
using Platform.Infrastructure.Persistence;

namespace Platform.Api;

/// <summary>One executable: with a verb (<c>migrate</c>, <c>companies</c>, ...) it is the operator's CLI; without, the server.</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static async Task<int> Main(string[] args)
    {
        try
        {
            if (PlatformCli.IsCliInvocation(args)) return await PlatformCli.RunAsync(args);

            var app = ServerHost.Build(args);
            await DatabaseStartCheck.EnsureReachableAsync(app.Services, app.Configuration, CancellationToken.None);
            await app.RunAsync();
            return 0;
        }
        catch (OperationCanceledException)
        {
            // SIGTERM while still starting (Kestrel not yet bound): nothing was served, so nothing is lost.
            await System.Console.Error.WriteLineAsync("stopped before the server had started");
            return 0;
        }
        catch (InvalidSettingException ex)
        {
            // One line an operator can act on, naming the setting; no stack trace for a configuration mistake.
            await System.Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
    }
}
