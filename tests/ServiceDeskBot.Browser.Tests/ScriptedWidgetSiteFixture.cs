using System.Diagnostics.CodeAnalysis;
using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// The real app (Direct Line, widget, stores) with <see cref="ScriptedAnswers"/> in place of the answer pipeline and a
/// <see cref="ShiftedClock"/>, plus one headless Chromium.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class ScriptedWidgetSiteFixture : IAsyncLifetime, IWidgetSite
{
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("servicedeskbot-scripted-browser-");
    private ScriptedWidgetSiteFactory? _factory;
    private IPlaywright? _playwright;

    public ShiftedClock Clock { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _factory = new ScriptedWidgetSiteFactory(_dataDirectory.FullName, Clock, new ScriptedAnswers());
        BaseAddress = _factory.StartAndGetAddress();
        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
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
