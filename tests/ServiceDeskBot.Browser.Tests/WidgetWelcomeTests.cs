using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>What greets a citizen: one welcome, the page's quick questions until the conversation starts, readable suggestions.</summary>
public sealed class WidgetWelcomeTests(WidgetSiteFixture site) : IClassFixture<WidgetSiteFixture>
{
    private const string WelcomeEnd = "请问有什么可以帮您";
    private const string CorpusQuestion = "中原区去年新增了几家省级工程研究中心？";
    private const string AnswerWords = "工程研究中心";

    // The demo page's data-quick-questions.
    private static readonly string[] QuickQuestions = ["你可以回答哪些问题？", "中原区近年来有哪些发展成就？", "郑州市发改委今年的工作重点是什么？"];

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task The_welcome_is_shown_once(int width, int height)
    {
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();

        await widget.WaitForWelcomeAsync();

        Assert.Equal(1, await widget.CountShownAsync(WelcomeEnd));
        await widget.ScreenshotAsync(site, "welcome");
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task A_reload_of_a_started_conversation_shows_the_welcome_once(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();
        await widget.AskAsync(CorpusQuestion, AnswerWords);

        await widget.ReloadAsync();
        await Assertions.Expect(widget.BotActivities.Filter(new() { HasText = AnswerWords })).ToBeVisibleAsync(new() { Timeout = 20_000 });

        Assert.Equal(1, await widget.CountShownAsync(WelcomeEnd));
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task The_pages_quick_questions_are_offered_under_the_welcome(int width, int height)
    {
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();

        await widget.WaitForWelcomeAsync();

        await Assertions.Expect(widget.SuggestedActions).ToHaveTextAsync(QuickQuestions);
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task Quick_questions_fold_away_when_the_citizen_types_a_question(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();

        await widget.AskAsync(CorpusQuestion, AnswerWords);

        await AssertNoQuickQuestionAsync(widget);
        await widget.ScreenshotAsync(site, "quick-questions-folded");
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task Quick_questions_fold_away_when_the_citizen_clicks_one(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();
        await widget.WaitForWelcomeAsync();

        await widget.SuggestedActions.Filter(new() { HasText = QuickQuestions[1] }).ClickAsync();

        await Assertions.Expect(widget.UserMessages.Filter(new() { HasText = QuickQuestions[1] })).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(widget.BotActivities).ToHaveCountAsync(2, new() { Timeout = 20_000 });
        await AssertNoQuickQuestionAsync(widget);
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task Quick_questions_do_not_come_back_when_a_started_conversation_is_reloaded(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();
        await widget.AskAsync(CorpusQuestion, AnswerWords);

        await widget.ReloadAsync();
        await Assertions.Expect(widget.BotActivities.Filter(new() { HasText = AnswerWords })).ToBeVisibleAsync(new() { Timeout = 20_000 });

        await AssertNoQuickQuestionAsync(widget);
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task Every_suggestion_button_shows_its_whole_text_uncovered(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();
        await widget.AskAsync(CorpusQuestion, AnswerWords);
        await Assertions.Expect(widget.SuggestedActions.Filter(new() { HasText = "转人工" })).ToBeVisibleAsync();

        // A button is hidden in part when its text is cut (ellipsis, overflow), when it runs past the chat's edges, or
        // when something else (a carousel arrow) is on top of the middle or the ends of its text.
        var hidden = await widget.SuggestedActions.EvaluateAllAsync<string[]>("""
            buttons => buttons.filter(button => {
              const text = button.querySelector('.webchat__suggested-actions__button-text') || button;
              const box = text.getBoundingClientRect();
              const cut = text.scrollWidth > text.clientWidth + 1 || text.scrollHeight > text.clientHeight + 1;
              const outside = box.left < 0 || box.right > document.documentElement.clientWidth;
              const y = box.top + box.height / 2;
              const covered = [box.left + 2, box.left + box.width / 2, box.right - 2]
                .some(x => !button.contains(document.elementFromPoint(x, y)));
              return cut || outside || covered;
            }).map(button => button.textContent)
            """);

        Assert.True(await widget.SuggestedActions.CountAsync() >= 2, "the answer should come with several suggestions");
        Assert.Empty(hidden);
        await widget.ScreenshotAsync(site, "suggestions");
    }

    private static async Task AssertNoQuickQuestionAsync(WidgetPage widget)
    {
        foreach (var question in QuickQuestions)
        {
            await Assertions.Expect(widget.SuggestedActions.Filter(new() { HasText = question })).ToHaveCountAsync(0);
        }
    }
}
