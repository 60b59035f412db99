using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>A citizen on the demo page, with Web Chat talking to the real Direct Line server and answer pipeline.</summary>
public sealed class CitizenFlowTests(WidgetSiteFixture site) : IClassFixture<WidgetSiteFixture>
{
    private const string CorpusQuestion = "中原区去年新增了几家省级工程研究中心？";

    [Fact]
    public async Task A_citizen_asks_sees_a_cited_answer_follows_a_suggestion_and_likes_the_answer()
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site);
        await widget.OpenChatAsync();

        var answer = await AskAsync(widget, CorpusQuestion);
        await Assertions.Expect(answer.Locator(".webchat__link-definitions__list-item-text").First).ToBeVisibleAsync();
        await answer.Locator("button.webchat__thumb-button[aria-label='喜欢']").ClickAsync();
        var entry = await FeedbackFor(CorpusQuestion);
        var botRepliesBefore = await BotActivities(widget).CountAsync();
        await widget.ChatFrame.Locator(".webchat__suggested-action").Filter(new() { HasText = "转人工" }).ClickAsync();
        await Assertions.Expect(BotActivities(widget)).ToHaveCountAsync(botRepliesBefore + 1, new() { Timeout = 20_000 });
        await Assertions.Expect(BotActivities(widget).Last).ToContainTextAsync("12345");
        await widget.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotDirectory, "citizen-flow-desktop.png") });

        Assert.NotNull(entry);
        Assert.True(entry.Feedback);
        Assert.Equal("webchat", entry.Channel);
    }

    [Fact]
    public async Task A_citizen_on_a_phone_width_screen_gets_the_cited_answer()
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width: 375, height: 740);
        await widget.OpenChatAsync();

        var answer = await AskAsync(widget, CorpusQuestion);

        await Assertions.Expect(answer.Locator(".webchat__link-definitions__list-item-text").First).ToBeVisibleAsync();
        var box = await answer.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width <= 375, $"the answer is {box.Width}px wide on a 375px screen");
        await widget.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotDirectory, "citizen-flow-phone.png") });
    }

    private static ILocator BotActivities(WidgetPage widget) => widget.BotActivities;

    private static Task<ILocator> AskAsync(WidgetPage widget, string question) => widget.AskAsync(question, "工程研究中心");

    private async Task<AskLogEntry?> FeedbackFor(string question)
    {
        var askLog = site.Services.GetRequiredService<AskLog>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var recent = await askLog.GetRecentAsync(50, needsReview: false, CancellationToken.None);
            var entry = recent.FirstOrDefault(e => e.Question == question && e.Feedback is not null);
            if (entry is not null)
            {
                return entry;
            }

            await Task.Delay(100);
        }

        return null;
    }
}
