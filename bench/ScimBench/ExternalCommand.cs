using System.Diagnostics;

namespace ScimBench;

/// <summary>Runs a program to completion within a time limit and returns its standard output; fails on a non-zero exit.</summary>
internal static class ExternalCommand
{
    public static Task<string> RunAsync(string shellCommand, TimeSpan limit, CancellationToken ct) =>
        RunAsync("bash", ["-c", shellCommand], limit, ct);

    public static async Task<string> RunAsync(string program, IReadOnlyList<string> args, TimeSpan limit, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {limit.TotalSeconds:0} s");
        }

        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {await stderr}");
        return await stdout;
    }
}
