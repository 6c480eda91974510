using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Platform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The built server (<c>src/Api/bin/.../Platform.Api.dll</c>) as its own OS process, configured through environment
/// variables as an operator would: two of them on one database are two replicas; <see cref="Terminate"/> sends SIGTERM.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>
    /// Starts the server on PostgreSQL at <paramref name="connectionString"/> (or, with <paramref name="verb"/>, one of
    /// its CLI verbs); does not wait for it.
    /// </summary>
    public static ServerProcess Start(string connectionString, IReadOnlyDictionary<string, string>? settings = null, string? verb = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The project folder: the content root where appsettings and wwwroot are.
            WorkingDirectory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ApiAssembly)!, "..", "..", "..")),
        };

        // The test host's own settings (its runtime hooks, its environment) are not the server's.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal) && k != "DOTNET_ROOT"
            || k.StartsWith("VSTEST", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.ArgumentList.Add(ApiAssembly);
        if (verb is not null) start.ArgumentList.Add(verb);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = "PostgreSql";
        start.Environment["ConnectionStrings__Platform"] = connectionString;
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return new ServerProcess(Process.Start(start)!, port);
    }

    /// <summary>Waits until <c>/readyz</c> answers 200 (or the process ends, or three minutes pass: a loaded CI machine is slow).</summary>
    public async Task<ServerProcess> ReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await Client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK) return this;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"The server did not become ready ({(_process.HasExited ? $"exit code {_process.ExitCode}" : "still running")}). Its output:\n{Output}");
    }

    /// <summary>SIGTERM, as a container runtime or systemd sends it.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string ApiAssembly
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln"))) directory = directory.Parent;
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the test folder."), "src", "Api", "bin", configuration, "net10.0", "Platform.Api.dll");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}
