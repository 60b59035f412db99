namespace ServiceDeskBot.Browser.Tests;

/// <summary>The real app on Kestrel (loopback, free port) with a throw-away data directory, and one headless Chromium.</summary>
public sealed class WidgetSiteFixture() : BrowserSite<WidgetSiteFactory>("servicedeskbot-browser-")
{
    /// <summary>A free loopback port for a foreign portal whose origin the site allows to embed the widget.</summary>
    public int AllowedPortalPort { get; } = ForeignPortal.FreePort();

    protected override WidgetSiteFactory CreateFactory(string dataDirectory) =>
        new(dataDirectory, allowedOrigin: $"http://127.0.0.1:{AllowedPortalPort}");
}
