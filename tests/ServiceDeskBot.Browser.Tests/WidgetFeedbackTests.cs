using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>Rating an answer: thumbs only under answers, big enough for a finger, and a short "why" after a thumbs-down.</summary>
public sealed class WidgetFeedbackTests(WidgetSiteFixture site) : IClassFixture<WidgetSiteFixture>
{
    private const string AnswerWords = "工程研究中心";

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task Thumbs_appear_under_an_answer_but_not_under_a_greeting(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();

        var greeting = await widget.AskAsync("你好", "欢迎使用");
        var answer = await widget.AskAsync("中原区去年新增了几家省级工程研究中心？", AnswerWords);

        await Assertions.Expect(answer.Locator("button.webchat__thumb-button")).ToHaveCountAsync(2);
        await Assertions.Expect(greeting.Locator("button.webchat__thumb-button")).ToHaveCountAsync(0);
        await Assertions.Expect(widget.BotActivities.First.Locator("button.webchat__thumb-button")).ToHaveCountAsync(0);
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task The_thumbs_are_at_least_44_pixels_square(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();

        var answer = await widget.AskAsync("中原区去年新增了几家省级工程研究中心？", AnswerWords);

        foreach (var name in new[] { "喜欢", "不喜欢" })
        {
            var box = await answer.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Width >= 44 && box.Height >= 44, $"{name} is {box.Width}x{box.Height}px");
        }

        await answer.GetByRole(AriaRole.Button, new() { Name = "喜欢", Exact = true }).ScrollIntoViewIfNeededAsync();
        await widget.ScreenshotAsync(site, "feedback-thumbs");
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task A_thumbs_down_asks_why_and_stores_the_reason_and_masked_comment_with_the_ask(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        const string Question = "中原区去年新增了几家省级工程研究中心？";
        var comment = (width > 600 ? "电脑上看" : "手机上看") + "数字是去年的，请回电13812345678";
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();
        var answer = await widget.AskAsync(Question, AnswerWords);

        await answer.GetByRole(AriaRole.Button, new() { Name = "不喜欢", Exact = true }).ClickAsync();
        var form = widget.ChatFrame.GetByRole(AriaRole.Dialog, new() { Name = "这条回答哪里不满意？" });
        await Assertions.Expect(form).ToBeVisibleAsync(new() { Timeout = 5_000 });
        foreach (var reason in new[] { "答非所问", "信息过时", "看不懂", "其他" })
        {
            await Assertions.Expect(form.GetByRole(AriaRole.Radio, new() { Name = reason })).ToHaveCountAsync(1);
        }

        await form.GetByRole(AriaRole.Radio, new() { Name = "信息过时" }).CheckAsync();
        await form.GetByLabel("补充说明（选填）").FillAsync(comment);
        await widget.ScreenshotAsync(site, "feedback-reason");
        await form.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();

        await Assertions.Expect(form).ToBeHiddenAsync();
        await Assertions.Expect(widget.ChatFrame.GetByRole(AriaRole.Status).Filter(new() { HasText = "感谢您的反馈" })).ToBeVisibleAsync();
        var entry = await AskLogEntryAsync(Question, e => e.FeedbackComment?.Contains(comment[..4], StringComparison.Ordinal) == true);
        Assert.NotNull(entry);
        Assert.False(entry.Feedback);
        Assert.Equal($"信息过时：{comment[..4]}数字是去年的，请回电138****5678", entry.FeedbackComment);
    }

    [Fact]
    public async Task Esc_in_the_thumbs_down_form_closes_the_form_alone()
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site);
        await widget.OpenChatAsync();
        var answer = await widget.AskAsync("中原区去年新增了几家省级工程研究中心？", AnswerWords);
        await answer.GetByRole(AriaRole.Button, new() { Name = "不喜欢", Exact = true }).ClickAsync();
        var form = widget.ChatFrame.GetByRole(AriaRole.Dialog, new() { Name = "这条回答哪里不满意？" });
        await Assertions.Expect(form).ToBeVisibleAsync(new() { Timeout = 5_000 });

        await widget.Page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(form).ToBeHiddenAsync();
        await widget.Page.WaitForTimeoutAsync(500);
        await Assertions.Expect(widget.Panel).ToBeVisibleAsync();
    }

    private async Task<AskLogEntry?> AskLogEntryAsync(string question, Func<AskLogEntry, bool> done)
    {
        var askLog = site.Services.GetRequiredService<AskLog>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var recent = await askLog.GetRecentAsync(50, needsReview: false, CancellationToken.None);
            var entry = recent.FirstOrDefault(e => e.Question == question && done(e));
            if (entry is not null)
            {
                return entry;
            }

            await Task.Delay(100);
        }

        return null;
    }
}
