using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>The conversation outlives the page: a reload or another page of the site reconnects to it, another tab does not.</summary>
public sealed partial class WidgetConversationTests(WidgetSiteFixture site) : IClassFixture<WidgetSiteFixture>
{
    private const string CorpusQuestion = "中原区去年新增了几家省级工程研究中心？";
    private const string AnswerWords = "工程研究中心";

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task A_reload_mid_conversation_shows_every_earlier_message_again(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();
        await widget.AskAsync(CorpusQuestion, AnswerWords);

        await widget.ReloadAsync();

        await Assertions.Expect(widget.UserMessages.Filter(new() { HasText = CorpusQuestion })).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(widget.BotActivities.Filter(new() { HasText = AnswerWords })).ToHaveCountAsync(1);
        await Assertions.Expect(widget.BotActivities.First).ToContainTextAsync("您好");
        await widget.ScreenshotAsync(site, "conversation-after-reload");
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task A_reload_reconnects_to_the_same_conversation_rather_than_starting_one(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();
        await widget.AskAsync(CorpusQuestion, AnswerWords);
        var conversationId = ConversationOf(widget.Requests.First(IsStream));

        await widget.ReloadAsync();
        await Assertions.Expect(widget.UserMessages.First).ToBeVisibleAsync(new() { Timeout = 20_000 });

        Assert.Single(widget.Requests, uri => uri.AbsolutePath == "/api/directline/token");
        Assert.Contains(widget.Requests, uri => uri.AbsolutePath == $"/v3/directline/conversations/{conversationId}");
        Assert.All(widget.Requests.Where(IsStream), uri => Assert.Equal(conversationId, ConversationOf(uri)));
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task Going_to_another_page_of_the_site_keeps_the_chat_open_with_its_messages(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();
        await widget.AskAsync(CorpusQuestion, AnswerWords);

        await widget.Page.GotoAsync("/index.html?from=services", new() { WaitUntil = WaitUntilState.Load });

        await Assertions.Expect(widget.Panel).ToBeVisibleAsync();
        await Assertions.Expect(widget.UserMessages.Filter(new() { HasText = CorpusQuestion })).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(widget.BotActivities.Filter(new() { HasText = AnswerWords })).ToHaveCountAsync(1);
        await widget.ScreenshotAsync(site, "conversation-after-navigation");
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task A_closed_chat_stays_closed_on_the_next_page(int width, int height)
    {
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();
        await widget.ChatFrame.GetByRole(AriaRole.Button, new() { Name = "关闭对话窗口" }).ClickAsync();
        await widget.Panel.WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        await widget.Page.GotoAsync("/index.html?from=news", new() { WaitUntil = WaitUntilState.NetworkIdle });

        await widget.Bubble.WaitForAsync();
        Assert.Equal("false", await widget.Bubble.GetAttributeAsync("aria-expanded"));
        Assert.DoesNotContain(widget.Requests.SkipWhile(uri => uri.Query != "?from=news"), uri => uri.AbsolutePath.EndsWith("/webchat.js", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task Another_tab_starts_its_own_conversation(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();
        await widget.AskAsync(CorpusQuestion, AnswerWords);
        var tab = await widget.Page.Context.NewPageAsync();

        await tab.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await tab.Locator("#servicedesk-widget button.bubble").ClickAsync();

        var chat = tab.FrameLocator("iframe[title='政务智能客服']");
        await Assertions.Expect(chat.Locator(".webchat__bubble").First).ToContainTextAsync("您好", new() { Timeout = 20_000 });
        await Assertions.Expect(chat.Locator(".webchat__bubble--from-user")).ToHaveCountAsync(0);
        await tab.ScreenshotAsync(new() { Path = Path.Combine(site.ScreenshotDirectory, $"conversation-second-tab-{width}x{height}.png") });
    }

    private static bool IsStream(Uri uri) => uri.Scheme is "ws" or "wss" && uri.AbsolutePath.EndsWith("/stream", StringComparison.Ordinal);

    private static string ConversationOf(Uri streamUri) => StreamPath().Match(streamUri.AbsolutePath).Groups["id"].Value;

    [GeneratedRegex("^/v3/directline/conversations/(?<id>[^/]+)/stream$")]
    private static partial Regex StreamPath();
}
