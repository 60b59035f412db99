using System.Text.Json;
using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>A kept conversation lives as long as its token: refreshed as Web Chat does, replaced quietly once dead.</summary>
public sealed class WidgetSessionExpiryTests(ScriptedWidgetSiteFixture site) : IClassFixture<ScriptedWidgetSiteFixture>
{
    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task A_reload_after_the_token_expired_starts_a_fresh_conversation_without_an_error(int width, int height)
    {
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site, width, height);
        await widget.OpenChatAsync();
        await widget.AskAsync("社保卡在哪里办理？", "服务网点");
        site.Clock.Advance(TimeSpan.FromHours(2));

        await widget.ReloadAsync();

        await widget.WaitForWelcomeAsync();
        await Assertions.Expect(widget.UserMessages).ToHaveCountAsync(0);
        await Assertions.Expect(widget.ChatFrame.GetByText("无法连接")).ToHaveCountAsync(0);
        await Assertions.Expect(widget.ChatFrame.Locator("#chat-status")).ToBeHiddenAsync();
        Assert.Contains(widget.FailedResponses, uri => uri.AbsolutePath.StartsWith("/v3/directline/conversations/", StringComparison.Ordinal));
        Assert.Equal(2, widget.Requests.Count(uri => uri.AbsolutePath == "/api/directline/token"));
        await widget.ScreenshotAsync(site, "expired-conversation-replaced");
    }

    [Fact]
    public async Task After_web_chat_refreshes_the_token_a_reload_reconnects_with_the_new_token()
    {
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site);
        await widget.Page.Clock.InstallAsync();
        await widget.ReloadAsync();
        await widget.OpenChatAsync();
        await widget.AskAsync("社保卡在哪里办理？", "服务网点");
        var refreshed = widget.Page.WaitForResponseAsync(r => r.Url.EndsWith("/v3/directline/tokens/refresh", StringComparison.Ordinal));

        // directlinejs refreshes every 15 minutes.
        await widget.Page.Clock.FastForwardAsync("15:30");
        using var refresh = JsonDocument.Parse(await (await refreshed).TextAsync());
        var newToken = refresh.RootElement.GetProperty("token").GetString();
        var reconnect = widget.Page.WaitForRequestAsync(r => r.Url.Contains("/v3/directline/conversations/", StringComparison.Ordinal) && r.Method == "GET" && !r.Url.Contains("/activities", StringComparison.Ordinal));
        await widget.ReloadAsync();

        var authorization = await (await reconnect).HeaderValueAsync("authorization");
        Assert.Equal("Bearer " + newToken, authorization);
        await Assertions.Expect(widget.UserMessages.Filter(new() { HasText = "社保卡在哪里办理？" })).ToBeVisibleAsync(new() { Timeout = 20_000 });
    }
}
