using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>What a citizen can do with a reply: open its citations, call the hotline; and a page without broken requests.</summary>
public sealed class WidgetReplyTests(WidgetSiteFixture site) : IClassFixture<WidgetSiteFixture>
{
    private const string CorpusQuestion = "中原区去年新增了几家省级工程研究中心？";
    private const string AnswerWords = "工程研究中心";

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task A_citation_opens_in_a_labelled_pop_up_showing_the_passage(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();
        var answer = await widget.AskAsync(CorpusQuestion, AnswerWords);

        var title = await widget.OpenFirstCitationAsync(answer);

        var popup = widget.ChatFrame.GetByRole(AriaRole.Dialog, new() { Name = title });
        await Assertions.Expect(popup).ToBeVisibleAsync();
        await Assertions.Expect(popup).ToContainTextAsync(AnswerWords);
        await Assertions.Expect(popup.GetByRole(AriaRole.Button, new() { Name = "关闭" })).ToBeVisibleAsync();
        var box = await popup.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"the pop-up spans x={box.X}..{box.X + box.Width} on a {width}px screen");
        await widget.ScreenshotAsync(site, "citation-pop-up");
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task Esc_closes_the_citation_pop_up_alone_and_a_second_esc_the_chat(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();
        var answer = await widget.AskAsync(CorpusQuestion, AnswerWords);
        await widget.OpenFirstCitationAsync(answer);
        var popup = widget.CitationPopUp;

        await widget.Page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(popup).ToBeHiddenAsync();
        // The chat would close asynchronously (a message to the host page); give it the time it would take.
        await widget.Page.WaitForTimeoutAsync(500);
        await Assertions.Expect(widget.Panel).ToBeVisibleAsync();
        await widget.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(widget.Panel).ToBeHiddenAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task The_hotline_in_a_handoff_reply_is_a_tel_link(int width, int height)
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();

        var reply = await widget.AskAsync("转人工", "人工服务");

        var hotline = reply.GetByRole(AriaRole.Link, new() { Name = "12345" });
        await Assertions.Expect(hotline).ToBeVisibleAsync();
        Assert.Equal("tel:12345", await hotline.GetAttributeAsync("href"));
        await widget.ScreenshotAsync(site, "hotline-link");
    }

    [Fact]
    public async Task The_service_window_address_in_a_handoff_reply_is_plain_text()
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site);
        await widget.OpenChatAsync();

        var reply = await widget.AskAsync("转人工", "人工服务");

        await Assertions.Expect(reply).ToContainTextAsync("政务服务中心综合受理窗口");
        await Assertions.Expect(reply.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task The_demo_page_and_the_chat_load_with_a_favicon_and_no_failed_request(int width, int height)
    {
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();
        await widget.WaitForWelcomeAsync();

        var icon = await widget.Page.Locator("link[rel=icon]").GetAttributeAsync("href");
        using var http = new HttpClient { BaseAddress = site.BaseAddress };
        using var response = await http.GetAsync(new Uri(icon!, UriKind.Relative));

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(widget.FailedResponses);
        Assert.Empty(widget.ConsoleErrors);
    }
}
