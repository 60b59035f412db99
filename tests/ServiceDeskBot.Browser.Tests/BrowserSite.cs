using System.Diagnostics.CodeAnalysis;
using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// What every browser fixture shares: a throw-away data directory, the app a <typeparamref name="TFactory"/> starts on
/// loopback, one headless Chromium and the screenshots folder. A subclass says how to make its factory and what to
/// prepare (accounts, say) once the app runs and before the browser starts.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public abstract class BrowserSite<TFactory> : IAsyncLifetime, IWidgetSite
    where TFactory : KestrelSiteFactory
{
    private readonly DirectoryInfo _dataDirectory;
    private TFactory? _factory;
    private IPlaywright? _playwright;

    /// <param name="dataDirectoryPrefix">The temporary data directory's name prefix, to tell runs apart in /tmp.</param>
    protected BrowserSite(string dataDirectoryPrefix) => _dataDirectory = Directory.CreateTempSubdirectory(dataDirectoryPrefix);

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The running app's services, to seed data or check what a browser session stored.</summary>
    public IServiceProvider Services => Factory.Services;

    protected TFactory Factory => _factory ?? throw new InvalidOperationException("The site is not started.");

    public async Task InitializeAsync()
    {
        _factory = CreateFactory(_dataDirectory.FullName);
        BaseAddress = _factory.StartAndGetAddress();
        await PrepareAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>Waits until the app reports healthy (its search index loaded), so questions get real answers.</summary>
    public async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
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

    /// <summary>Makes the factory of the app, writing into <paramref name="dataDirectory"/>.</summary>
    protected abstract TFactory CreateFactory(string dataDirectory);

    /// <summary>Runs once the app is started and before the browser is launched.</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;
}
