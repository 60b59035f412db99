using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>Every staff and admin page works under the Content-Security-Policy, signed in through the real form.</summary>
public sealed class AdminContentSecurityPolicyTests(AdminSiteFixture site) : IClassFixture<AdminSiteFixture>
{
    [Theory]
    [InlineData("/Console")]
    [InlineData("/Console/Search?q=居住证")]
    [InlineData("/Console/Document?source=000_e189b73e6251109c.txt")]
    [InlineData("/Admin/Curated")]
    [InlineData("/Admin/Curated/Edit")]
    [InlineData("/Admin/Templates")]
    [InlineData("/Admin/Templates/Edit/greeting")]
    [InlineData("/Admin/Review")]
    [InlineData("/Admin/Corpus")]
    [InlineData("/Admin/Handoffs")]
    [InlineData("/Admin/Audit")]
    [InlineData("/Admin/ApiKeys")]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Export")]
    public async Task The_page_loads_without_a_csp_violation(string path)
    {
        await using var context = await site.NewContextAsync();
        var violations = await CspViolations.WatchAsync(context);
        var page = await context.NewPageAsync();
        await AdminSiteFixture.SignInAsync(page, AdminSiteFixture.AdminUser, site.AdminPassword, "/Console");

        var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(200, response!.Status);
        Assert.Empty(violations.Seen);
    }

    [Fact]
    public async Task The_dashboard_draws_its_charts_without_a_csp_violation()
    {
        await using var context = await site.NewContextAsync();
        var violations = await CspViolations.WatchAsync(context);
        var page = await context.NewPageAsync();
        await AdminSiteFixture.SignInAsync(page, AdminSiteFixture.AdminUser, site.AdminPassword, "/Admin/Dashboard");

        await page.WaitForSelectorAsync("body[data-dashboard=drawn]");

        Assert.Empty(violations.Seen);
    }

    [Fact]
    public async Task Asking_in_the_console_and_previewing_a_template_raise_no_csp_violation()
    {
        await using var context = await site.NewContextAsync();
        var violations = await CspViolations.WatchAsync(context);
        var page = await context.NewPageAsync();
        await AdminSiteFixture.SignInAsync(page, AdminSiteFixture.AdminUser, site.AdminPassword, "/Console");
        await page.GetByLabel("以群众身份提问").FillAsync("中原小微企业园一期入驻了多少家企业？");
        await page.GetByRole(AriaRole.Button, new() { Name = "提问", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#reply .answer")).ToBeVisibleAsync();

        await page.GotoAsync("/Admin/Templates/Edit/greeting");
        await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(violations.Seen);
    }

    [Fact]
    public async Task Deleting_a_curated_answer_still_asks_for_confirmation_and_keeps_it_when_declined()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await AdminSiteFixture.SignInAsync(page, AdminSiteFixture.AdminUser, site.AdminPassword, "/Admin/Curated/Edit");
        const string question = "确认删除测试问题";
        await page.GetByLabel("问题（必填，最多 500 字）").FillAsync(question);
        await page.GetByLabel("答案（必填，最多 8000 字）").FillAsync("确认删除测试答案。");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Admin/Curated?saved=*");
        await page.GotoAsync($"/Admin/Curated?q={Uri.EscapeDataString(question)}");
        string? asked = null;
        page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.DismissAsync();
        };

        await page.Locator("tr", new() { HasText = question }).GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();

        Assert.Equal("确定删除？删除后可在历史中恢复。", asked);
        await Assertions.Expect(page.Locator("tr", new() { HasText = question })).ToHaveCountAsync(1);
    }
}
