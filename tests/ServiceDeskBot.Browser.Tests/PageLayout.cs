using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>What a person sees of a page's layout.</summary>
public static class PageLayout
{
    /// <summary>How far the page is wider than the screen, in CSS pixels (0 when nothing scrolls sideways).</summary>
    public static Task<int> HorizontalOverflowAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }
}
