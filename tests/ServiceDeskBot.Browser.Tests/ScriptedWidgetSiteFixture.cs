namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// The real app (Direct Line, widget, stores) with <see cref="ScriptedAnswers"/> in place of the answer pipeline and a
/// <see cref="ShiftedClock"/>, plus one headless Chromium.
/// </summary>
public sealed class ScriptedWidgetSiteFixture() : BrowserSite<ScriptedWidgetSiteFactory>("servicedeskbot-scripted-browser-")
{
    public ShiftedClock Clock { get; } = new();

    protected override ScriptedWidgetSiteFactory CreateFactory(string dataDirectory) => new(dataDirectory, Clock, new ScriptedAnswers());
}
