using System.Diagnostics.CodeAnalysis;
using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>The real app on Kestrel (loopback, free port) with a throw-away data directory, and one headless Chromium.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class WidgetSiteFixture : IAsyncLifetime
{
    // Debian's Chromium: Playwright's own browser download needs internet access the test machines do not have.
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("servicedeskbot-browser-");
    private WidgetSiteFactory? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _factory = new WidgetSiteFactory(_dataDirectory.FullName);
        BaseAddress = _factory.StartAndGetAddress();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _dataDirectory.Delete(recursive: true);
    }
}
