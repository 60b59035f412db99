using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>Replies the LLM wrote carry a visible mark (《人工智能生成合成内容标识办法》); others carry none.</summary>
public sealed class WidgetAiMarkTests(ScriptedWidgetSiteFixture site) : IClassFixture<ScriptedWidgetSiteFixture>
{
    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task An_answer_the_llm_wrote_shows_an_ai_mark(int width, int height)
    {
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();

        var answer = await widget.AskAsync(ScriptedAnswers.AiQuestion, "十五个工作日");

        var mark = answer.GetByText("AI 生成", new() { Exact = true });
        await Assertions.Expect(mark).ToBeVisibleAsync();
        var box = await mark.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X + box.Width <= width, $"the mark ends at x={box.X + box.Width} on a {width}px screen");
        await answer.ScrollIntoViewIfNeededAsync();
        await widget.ScreenshotAsync(site, "ai-mark");
    }

    [Fact]
    public async Task An_llm_reply_without_citations_shows_the_ai_mark_and_no_source_list()
    {
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site);
        await widget.OpenChatAsync();

        var answer = await widget.AskAsync(ScriptedAnswers.UncitedAiQuestion, ScriptedAnswers.UncitedAiAnswer);

        await Assertions.Expect(answer.GetByText("AI 生成", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(answer.Locator(".webchat__link-definitions")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_answer_quoted_by_the_template_shows_no_ai_mark()
    {
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site);
        await widget.OpenChatAsync();

        var answer = await widget.AskAsync("社保卡在哪里办理？", "服务网点");

        await Assertions.Expect(answer.Locator(".webchat__link-definitions")).ToBeVisibleAsync();
        await Assertions.Expect(answer.GetByText("AI 生成")).ToHaveCountAsync(0);
    }
}
