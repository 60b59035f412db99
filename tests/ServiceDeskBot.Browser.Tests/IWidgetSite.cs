using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>A running app on loopback and the Chromium that browses it: what <see cref="WidgetPage"/> needs.</summary>
public interface IWidgetSite
{
    Uri BaseAddress { get; }

    IBrowser Browser { get; }

    string ScreenshotDirectory { get; }
}
