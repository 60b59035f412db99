using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>The citizen side under the Content-Security-Policy: nothing it needs is blocked, framing is limited.</summary>
public sealed class WidgetContentSecurityPolicyTests(WidgetSiteFixture site) : IClassFixture<WidgetSiteFixture>
{
    [Fact]
    public async Task The_demo_page_and_a_chat_with_a_real_answer_run_without_a_csp_violation()
    {
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site);
        await widget.OpenChatAsync();

        var answer = await widget.AskAsync("中原区去年新增了几家省级工程研究中心？", "工程研究中心");
        await Assertions.Expect(answer.Locator(".webchat__link-definitions__list-item-text").First).ToBeVisibleAsync();

        Assert.Empty(widget.CspViolations.Seen);
    }

    [Fact]
    public async Task A_page_on_an_allowed_origin_frames_the_chat_without_a_csp_violation()
    {
        await using var portal = await ForeignPortal.StartAsync(PortalHtml(), site.AllowedPortalPort);
        await using var widget = await WidgetPage.OpenForeignPageAsync(site, portal.PageAddress, "区政务咨询");

        await widget.OpenChatAsync();

        Assert.Empty(widget.CspViolations.Seen);
    }

    [Fact]
    public async Task A_page_on_an_origin_not_allowed_cannot_frame_the_chat()
    {
        await using var portal = await ForeignPortal.StartAsync(PortalHtml());
        await using var widget = await WidgetPage.OpenForeignPageAsync(site, portal.PageAddress, "区政务咨询");

        await widget.Bubble.ClickAsync();
        await Eventually(() => widget.CspViolations.Seen.Any(v => v.Contains("frame-ancestors", StringComparison.Ordinal)));

        Assert.Contains(widget.CspViolations.Seen, v => v.Contains("frame-ancestors", StringComparison.Ordinal));
        Assert.Equal(0, await widget.SendBox.CountAsync());
    }

    [Fact]
    public async Task The_api_reference_renders_without_a_csp_violation()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var violations = await CspViolations.WatchAsync(context);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/scalar/v1", new() { WaitUntil = WaitUntilState.NetworkIdle });

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameString = "/api/directline/token" }).First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.Empty(violations.Seen);
    }

    private string PortalHtml() => $"""
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>区政务服务</title></head>
        <body><h1>区政务服务</h1>
        <script src="{site.BaseAddress}embed.js" data-title="区政务咨询" data-quick-questions=""></script>
        </body></html>
        """;

    private static async Task Eventually(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 100 && !condition(); attempt++)
        {
            await Task.Delay(100);
        }
    }
}
