using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// End-to-end checks of the admin pages in a real browser against the real app: every sign-in goes through the login
/// form, and every effect is checked where a citizen or staff member would see it (console, <c>/api/ask</c>).
/// </summary>
public sealed partial class AdminJourneyTests(AdminSiteFixture site) : IClassFixture<AdminSiteFixture>
{
    [Fact]
    public async Task Curated_answer_created_by_an_admin_is_served_by_the_console_and_the_api()
    {
        const string question = "政务服务大厅周末开放吗";
        const string answer = "测试标注：政务服务大厅周六上午照常开放，周日闭厅，可拨打热线预约。";
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await AdminSiteFixture.SignInAsync(page, AdminSiteFixture.AdminUser, site.AdminPassword, "/Admin/Curated/Edit");

        await CreateCuratedAnswerAsync(page, question, answer);
        await page.GotoAsync("/Console");
        await page.GetByLabel("以群众身份提问").FillAsync(question);
        await page.GetByRole(AriaRole.Button, new() { Name = "提问", Exact = true }).ClickAsync();
        var reply = await site.AskAsync(question);

        await Assertions.Expect(page.Locator("#reply .answer")).ToHaveTextAsync(answer);
        await Assertions.Expect(page.Locator("#mode")).ToHaveTextAsync("标注答案（curated）");
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath("admin-curated-console.png"), FullPage = true });
        Assert.Equal("curated", reply.Mode);
        Assert.Equal(answer, reply.Answer);
        Assert.True(reply.Answered);
    }

    [Fact]
    public async Task Rolling_back_an_edited_curated_answer_to_version_1_serves_the_original_text_again()
    {
        const string question = "居住证到期后能在网上续签吗";
        const string original = "测试标注第一版：居住证可在政务服务网上续签，无需到窗口。";
        const string edited = "测试标注第二版：居住证续签须本人到派出所窗口办理。";
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await AdminSiteFixture.SignInAsync(page, AdminSiteFixture.AdminUser, site.AdminPassword, "/Admin/Curated/Edit");
        await CreateCuratedAnswerAsync(page, question, original);
        await page.GotoAsync($"/Admin/Curated?q={Uri.EscapeDataString(question)}");
        await page.Locator("tr", new() { HasText = question }).GetByRole(AriaRole.Link, new() { Name = "编辑", Exact = true }).ClickAsync();
        await page.GetByLabel("答案（必填，最多 8000 字）").FillAsync(edited);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(SavedCuratedUrl());
        var afterEdit = await site.AskAsync(question);

        await page.GotoAsync($"/Admin/Curated?q={Uri.EscapeDataString(question)}");
        await page.Locator("tr", new() { HasText = question }).GetByRole(AriaRole.Link, new() { Name = "历史", Exact = true }).ClickAsync();
        var versionOne = page.Locator("tbody tr").Filter(new() { Has = page.Locator("td:first-child", new() { HasTextRegex = FirstVersion() }) });
        var confirmations = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            confirmations.Add(dialog.Message);
            await dialog.AcceptAsync();
        };
        await versionOne.GetByRole(AriaRole.Button, new() { Name = "回滚到此版本" }).ClickAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(3);
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath("admin-curated-rollback.png"), FullPage = true });
        var afterRollback = await site.AskAsync(question);

        Assert.Equal(edited, afterEdit.Answer);
        Assert.Contains(confirmations, c => c.Contains("回滚到第 1 版", StringComparison.Ordinal));
        Assert.Equal("curated", afterRollback.Mode);
        Assert.Equal(original, afterRollback.Answer);
    }

    [Fact]
    public async Task Staff_is_refused_the_admin_pages_with_the_access_denied_page()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await AdminSiteFixture.SignInAsync(page, AdminSiteFixture.StaffUser, site.StaffPassword, "/Console");

        await page.GotoAsync("/Admin/Curated");

        await Assertions.Expect(page).ToHaveURLAsync(AccessDeniedUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "无权访问" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "标注问答" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath("staff-access-denied.png"), FullPage = true });
    }

    [Theory]
    [InlineData("/Admin/Curated")]
    [InlineData("/Console")]
    public async Task Anonymous_visitor_is_sent_to_the_login_page(string path)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(path);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/Login\\?ReturnUrl=" + Regex.Escape(Uri.EscapeDataString(path)) + "$", RegexOptions.IgnoreCase));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作人员登录" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"anonymous-login{path.Replace('/', '-')}.png"), FullPage = true });
    }

    [Fact]
    public async Task Template_with_a_script_tag_is_previewed_as_text_and_replies_carry_no_script()
    {
        const string body = "您好，欢迎咨询政务服务。<script>window.__pwned=1</script>";
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await AdminSiteFixture.SignInAsync(page, AdminSiteFixture.AdminUser, site.AdminPassword, "/Admin/Templates/Edit/greeting");

        await page.GetByLabel("模板内容（Scriban 语法）").FillAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "预览", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview pre")).ToHaveTextAsync(body);
        var pwnedInPreview = await page.EvaluateAsync<string>("typeof window.__pwned");
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath("admin-template-preview.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("模板已保存。");
        var reply = await site.AskAsync("你好");
        await page.GotoAsync("/Console");
        await page.GetByLabel("以群众身份提问").FillAsync("你好");
        await page.GetByRole(AriaRole.Button, new() { Name = "提问", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#reply .answer")).ToContainTextAsync("欢迎咨询政务服务");
        var pwnedInConsole = await page.EvaluateAsync<string>("typeof window.__pwned");

        Assert.Equal("undefined", pwnedInPreview);
        Assert.Equal("undefined", pwnedInConsole);
        Assert.Equal("greeting", reply.Intent);
        Assert.Contains("欢迎咨询政务服务", reply.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", reply.Answer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Dashboard_charts_count_the_asks_just_made()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        // The asks below go through /api/ask, which the dashboard does not count as citizen traffic unless asked to.
        await AdminSiteFixture.SignInAsync(page, AdminSiteFixture.AdminUser, site.AdminPassword, "/Admin/Dashboard?channel=all");
        await page.WaitForSelectorAsync("body[data-dashboard=drawn]");
        var before = await DailyTotalAsync(page);

        await site.AskAsync("你好呀");
        await site.AskAsync("谢谢你的帮助");
        await site.AskAsync("郑州市金水区有哪些新建的公园");
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-dashboard=drawn]");
        var after = await DailyTotalAsync(page);
        var intents = await page.EvaluateAsync<JsonElement>("Chart.getChart('chart-intents').data.labels");
        var modes = await page.EvaluateAsync<JsonElement>("Chart.getChart('chart-modes').data.labels");
        var canvases = await page.Locator("canvas").CountAsync();
        var dailyWidth = await page.EvaluateAsync<int>("document.getElementById('chart-daily').width");
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath("admin-dashboard-live.png"), FullPage = true });

        Assert.Equal(before + 3, after);
        Assert.Contains("问候", intents.EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("致谢", intents.EnumerateArray().Select(l => l.GetString()));
        Assert.NotEmpty(modes.EnumerateArray());
        Assert.Equal(5, canvases);
        Assert.True(dailyWidth > 0);
    }

    private static async Task CreateCuratedAnswerAsync(IPage page, string question, string answer)
    {
        await page.GotoAsync("/Admin/Curated/Edit");
        await page.GetByLabel("问题（必填，最多 500 字）").FillAsync(question);
        await page.GetByLabel("答案（必填，最多 8000 字）").FillAsync(answer);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(SavedCuratedUrl());
    }

    private static Task<int> DailyTotalAsync(IPage page) =>
        page.EvaluateAsync<int>("Chart.getChart('chart-daily').data.datasets[0].data.reduce((a, b) => a + b, 0)");

    [GeneratedRegex(@"/Admin/Curated\?saved=\d+$")]
    private static partial Regex SavedCuratedUrl();

    [GeneratedRegex(@"^\s*1\s*$")]
    private static partial Regex FirstVersion();

    [GeneratedRegex("/Account/AccessDenied", RegexOptions.IgnoreCase)]
    private static partial Regex AccessDeniedUrl();
}
