using System.Diagnostics.CodeAnalysis;
using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>The real app on Kestrel (loopback, free port) with a throw-away data directory, and one headless Chromium.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class WidgetSiteFixture : IAsyncLifetime, IWidgetSite
{
    // Debian's Chromium: Playwright's own browser download needs internet access the test machines do not have.
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("servicedeskbot-browser-");
    private WidgetSiteFactory? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A free loopback port for a foreign portal whose origin the site allows to embed the widget.</summary>
    public int AllowedPortalPort { get; } = ForeignPortal.FreePort();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app's services, to check what a browser session stored.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The site is not started.");

    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _factory = new WidgetSiteFactory(_dataDirectory.FullName, allowedOrigin: $"http://127.0.0.1:{AllowedPortalPort}");
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

    /// <summary>Waits until the app reports healthy (its search index loaded), so questions get real answers.</summary>
    public async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The application did not become healthy.");
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
