using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

public sealed partial class WidgetTests(WidgetSiteFixture site) : IClassFixture<WidgetSiteFixture>
{
    [Fact]
    public async Task Home_page_requests_nothing_outside_loopback()
    {
        await using var widget = await WidgetPage.OpenAsync(site);

        await widget.Bubble.WaitForAsync();

        Assert.Contains(widget.Requests, uri => uri.AbsolutePath == "/embed.js");
        Assert.All(widget.Requests, uri => Assert.True(uri.IsLoopback, $"request left the machine: {uri}"));
    }

    [Fact]
    public async Task Home_page_does_not_load_web_chat_until_the_bubble_is_opened()
    {
        await using var widget = await WidgetPage.OpenAsync(site);

        await widget.Bubble.WaitForAsync();

        Assert.DoesNotContain(widget.Requests, uri => uri.AbsolutePath.EndsWith("/webchat.js", StringComparison.Ordinal));
        Assert.Equal("打开政务智能客服", await widget.Bubble.GetAttributeAsync("aria-label"));
    }

    [Fact]
    public async Task Opening_the_bubble_shows_web_chat_with_a_chinese_send_box()
    {
        await using var widget = await WidgetPage.OpenAsync(site);

        await widget.OpenChatAsync();

        var placeholder = await widget.SendBox.GetAttributeAsync("placeholder");
        Assert.Matches(ChineseText(), placeholder ?? "");
        Assert.Equal("true", await widget.Bubble.GetAttributeAsync("aria-expanded"));
        await widget.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotDirectory, "widget-desktop.png") });
    }

    [Fact]
    public async Task Opening_the_bubble_moves_keyboard_focus_into_the_send_box()
    {
        await using var widget = await WidgetPage.OpenAsync(site);

        await widget.OpenChatAsync();

        await Assertions.Expect(widget.SendBox).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Opening_the_bubble_requests_a_direct_line_token_from_the_service_origin()
    {
        await using var widget = await WidgetPage.OpenAsync(site);

        await widget.OpenChatAsync();

        var tokenRequest = Assert.Single(widget.TokenRequests);
        Assert.Equal(site.BaseAddress.GetLeftPart(UriPartial.Authority), tokenRequest.GetLeftPart(UriPartial.Authority));
    }

    [Fact]
    public async Task Opened_chat_requests_nothing_outside_loopback()
    {
        await using var widget = await WidgetPage.OpenAsync(site);

        await widget.OpenChatAsync();

        Assert.Contains(widget.Requests, uri => uri.AbsolutePath == "/lib/webchat/webchat.js");
        Assert.All(widget.Requests, uri => Assert.True(uri.IsLoopback, $"request left the machine: {uri}"));
    }

    [Fact]
    public async Task Chat_panel_fills_the_screen_at_phone_width()
    {
        await using var widget = await WidgetPage.OpenAsync(site, width: 375, height: 667);

        await widget.OpenChatAsync();

        var box = await widget.Panel.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.Equal((0f, 0f, 375f, 667f), (box.X, box.Y, box.Width, box.Height));
        await widget.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotDirectory, "widget-phone.png") });
    }

    [Fact]
    public async Task Escape_on_the_host_page_closes_the_chat_panel()
    {
        await using var widget = await WidgetPage.OpenAsync(site);
        await widget.OpenChatAsync();
        await widget.Page.GetByRole(AriaRole.Heading, new() { Name = "政务服务 一网通办" }).ClickAsync();

        await widget.Page.Keyboard.PressAsync("Escape");

        await widget.Panel.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        Assert.Equal("false", await widget.Bubble.GetAttributeAsync("aria-expanded"));
    }

    [Fact]
    public async Task Escape_in_the_chat_send_box_closes_the_chat_panel()
    {
        await using var widget = await WidgetPage.OpenAsync(site);
        await widget.OpenChatAsync();
        await widget.SendBox.FillAsync("请问");

        await widget.Page.Keyboard.PressAsync("Escape");

        await widget.Panel.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        Assert.Equal("false", await widget.Bubble.GetAttributeAsync("aria-expanded"));
    }

    [Fact]
    public async Task Widget_embedded_in_a_page_on_another_origin_talks_to_the_service_origin()
    {
        var html = $"""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>区政务服务</title></head>
            <body><h1>区政务服务</h1>
            <script src="{site.BaseAddress}embed.js" data-title="区政务咨询" data-position="left" data-quick-questions=""></script>
            </body></html>
            """;
        await using var portal = await ForeignPortal.StartAsync(html, site.AllowedPortalPort);
        await using var widget = await WidgetPage.OpenForeignPageAsync(site, portal.PageAddress, "区政务咨询");

        await widget.OpenChatAsync();

        var tokenRequest = Assert.Single(widget.TokenRequests);
        Assert.Equal(site.BaseAddress.GetLeftPart(UriPartial.Authority), tokenRequest.GetLeftPart(UriPartial.Authority));
        var bubble = await widget.Bubble.BoundingBoxAsync();
        Assert.NotNull(bubble);
        Assert.True(bubble.X < 640, $"bubble should sit on the left, was at x={bubble.X}");
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChineseText();
}
