using Microsoft.Playwright;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.BrowserTests.Infrastructure;

/// <summary>
/// One server and one Chromium for the whole collection: a browser launch costs seconds, a context milliseconds.
/// Debian's Chromium is driven as installed (scripts/test.sh installs it); Playwright never downloads a browser here.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes a fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class ConsoleFixture : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private ConsoleServer? _server;

    public ConsoleServer Server => _server ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: run scripts/test.sh (it installs Debian's chromium) or apt-get install -y chromium.");
        }

        _server = new ConsoleServer(await PostgresServer.Instance.CreateDatabaseAsync("platform_browser"));
        _server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser profile (no cookies) pointed at the server; dispose it at the end of the test.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900) =>
        _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Permissions = ["clipboard-read", "clipboard-write"],
        });

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "console";
}
