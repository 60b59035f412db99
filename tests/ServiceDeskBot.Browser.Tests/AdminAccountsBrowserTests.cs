using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// The first admin account, the admin home and user management in Chromium at desktop and phone width: what a person
/// sees, no sideways scrolling, and nothing the Content-Security-Policy blocks.
/// </summary>
public sealed class AdminAccountsBrowserTests(AdminSiteFixture site) : IClassFixture<AdminSiteFixture>
{
    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task A_new_admin_goes_from_the_logged_setup_link_to_the_signed_in_admin_home(int width, int height)
    {
        await using var fresh = new FirstRunSiteFactory();
        var address = fresh.StartAndGetAddress();
        var link = await fresh.Log.LinkAsync();
        await using var context = await site.Browser.NewContextAsync(new() { BaseURL = address.ToString(), Locale = "zh-CN", ViewportSize = new() { Width = width, Height = height } });
        var violations = await CspViolations.WatchAsync(context);
        var page = await context.NewPageAsync();
        var password = $"pw{Guid.NewGuid():N}5";

        await page.GotoAsync(link);
        var formOverflow = await PageLayout.HorizontalOverflowAsync(page);
        await page.GetByLabel("用户名").FillAsync("desk-admin");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("确认密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "创建管理员并登录" }).ClickAsync();
        await page.WaitForURLAsync("**/Admin");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "上线检查清单" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".staff-header .user")).ToContainTextAsync("desk-admin");
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"admin-first-run-{width}.png"), FullPage = true });
        var homeOverflow = await PageLayout.HorizontalOverflowAsync(page);
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "设置链接已失效" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"admin-setup-link-dead-{width}.png"), FullPage = true });
        Assert.Equal(0, formOverflow);
        Assert.Equal(0, homeOverflow);
        Assert.Equal(0, await PageLayout.HorizontalOverflowAsync(page));
        Assert.Empty(violations.Seen);
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task An_admin_signing_in_lands_on_the_admin_home_with_its_figures_and_checklist(int width, int height)
    {
        await using var context = await ContextAsync(width, height);
        var violations = await CspViolations.WatchAsync(context);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync(AdminSiteFixture.AdminUser);
        await page.GetByLabel("密码").FillAsync(site.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Admin");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "管理首页" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#corpus-status .figure")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[1-9]\d* 份文档$"));
        await Assertions.Expect(page.Locator("#checklist li[data-item=staff] .badge")).ToHaveTextAsync("已完成");
        await Assertions.Expect(page.Locator("#llm-status")).ToContainTextAsync("未配置");
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"admin-home-{width}.png"), FullPage = true });
        Assert.Equal(0, await PageLayout.HorizontalOverflowAsync(page));
        Assert.Empty(violations.Seen);
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task An_admin_creates_an_account_sees_its_one_time_password_and_disables_it_after_confirming(int width, int height)
    {
        var name = $"clerk-{width}-{Guid.NewGuid().ToString("N")[..6]}";
        await using var context = await ContextAsync(width, height);
        var violations = await CspViolations.WatchAsync(context);
        var page = await context.NewPageAsync();
        await AdminSiteFixture.SignInAsync(page, AdminSiteFixture.AdminUser, site.AdminPassword, "/Admin/Users");

        await page.GetByLabel("用户名").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "创建账号" }).ClickAsync();
        var password = await page.Locator("#one-time-password code.secret").TextContentAsync();
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"admin-users-created-{width}.png"), FullPage = true });
        var createdOverflow = await PageLayout.HorizontalOverflowAsync(page);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.AcceptAsync();
        };
        var row = page.Locator($"li.account[data-user='{name}']");
        await row.GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();

        await Assertions.Expect(page.Locator("#change-message")).ToHaveTextAsync($"已停用账号“{name}”");
        await Assertions.Expect(page.Locator($"li.account[data-user='{name}'] .badge.bad")).ToHaveTextAsync("已停用");
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"admin-users-disabled-{width}.png"), FullPage = true });
        Assert.Matches("^[A-Za-z2-9]{14}$", password);
        Assert.Contains(dialogs, d => d.Contains(name, StringComparison.Ordinal));
        Assert.Equal(0, createdOverflow);
        Assert.Equal(0, await PageLayout.HorizontalOverflowAsync(page));
        Assert.Empty(violations.Seen);
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task The_dashboard_filters_by_channel_and_its_charts_fit_the_screen(int width, int height)
    {
        await site.AskAsync("出入境通行证续签需要什么材料");
        await using var context = await ContextAsync(width, height);
        var violations = await CspViolations.WatchAsync(context);
        var page = await context.NewPageAsync();
        await AdminSiteFixture.SignInAsync(page, AdminSiteFixture.AdminUser, site.AdminPassword, "/Admin/Dashboard");
        await page.WaitForSelectorAsync("body[data-dashboard=drawn]");
        var citizensOnly = await page.EvaluateAsync<int>("Chart.getChart('chart-daily').data.datasets[0].data.reduce((a, b) => a + b, 0)");

        await page.GetByLabel("渠道").SelectOptionAsync("all");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await page.WaitForURLAsync("**channel=all**");
        await page.WaitForSelectorAsync("body[data-dashboard=drawn]");
        var everyone = await page.EvaluateAsync<int>("Chart.getChart('chart-daily').data.datasets[0].data.reduce((a, b) => a + b, 0)");
        var widest = await page.EvaluateAsync<int>("() => Math.max(...[...document.querySelectorAll('.dashboard-grid .card')].map(c => c.scrollWidth - c.clientWidth))");

        await Assertions.Expect(page.Locator("#dashboard-summary")).ToContainTextAsync("全部渠道");
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"admin-dashboard-all-{width}.png"), FullPage = true });
        Assert.Equal(0, citizensOnly);
        Assert.True(everyone >= 1, $"expected the api ask among all channels, got {everyone}");
        Assert.True(widest <= 0, $"a dashboard card overflows by {widest}px");
        Assert.Equal(0, await PageLayout.HorizontalOverflowAsync(page));
        Assert.Empty(violations.Seen);
    }

    private Task<IBrowserContext> ContextAsync(int width, int height) =>
        site.Browser.NewContextAsync(new() { BaseURL = site.BaseAddress.ToString(), Locale = "zh-CN", ViewportSize = new() { Width = width, Height = height } });
}
