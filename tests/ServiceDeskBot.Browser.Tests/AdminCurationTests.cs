using System.Text;
using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// The admin's curation flows in Chromium at desktop and phone width: the corpus page (titles, a preview confirmed
/// without choosing the file again, synonym lines checked), the curated-answer editor (passages cited by searching,
/// the reply preview, 试一试) and the review queue (reason, link, prefilled answer). Each checks what the admin sees,
/// that the page does not scroll sideways, and that the Content-Security-Policy blocked nothing.
/// </summary>
public sealed class AdminCurationTests(AdminSiteFixture site) : IClassFixture<AdminSiteFixture>
{
    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task A_previewed_upload_is_stored_by_confirming_without_choosing_the_file_again(int width, int height)
    {
        var title = $"示例便民服务指南{width}";
        var file = new FilePayload
        {
            Name = $"guide-{width}.md",
            MimeType = "text/markdown",
            Buffer = Encoding.UTF8.GetBytes($"# {title}\n\n## 一、服务地点\n\n驿站设在示例街道社区服务中心一楼，工作日上午九点至下午五点开放。\n"),
        };
        var (context, page, violations) = await SignedInAsync(width, height, "/Admin/Corpus");
        await using var _ = context;
        await page.Locator("input[type=file]").First.SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "预览", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"预览：guide-{width}.md（尚未入库）" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"admin-corpus-preview-{width}.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "确认入库" }).ClickAsync();

        await page.WaitForURLAsync("**/Admin/Corpus/Document/**");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("p.file-name")).ToHaveTextAsync($"文件名：guide-{width}.md");
        await page.GotoAsync("/Admin/Corpus");
        var row = page.Locator("tr.corpus-document", new() { Has = page.Locator($"text=guide-{width}.md") });
        await Assertions.Expect(row.Locator("a.document-title")).ToHaveTextAsync(title);
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"admin-corpus-list-{width}.png"), FullPage = true });
        await AssertFitsAsync(page, violations);
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task A_bad_synonym_line_is_named_by_its_number_and_the_text_stays_in_the_box(int width, int height)
    {
        var (context, page, violations) = await SignedInAsync(width, height, "/Admin/Corpus");
        await using var _ = context;
        var box = page.GetByLabel("管理员维护的同义词");
        await box.FillAsync("服务点,便民驿站\n只有一个词");

        await page.GetByRole(AriaRole.Button, new() { Name = "保存同义词" }).ClickAsync();

        await Assertions.Expect(page.Locator("#synonym-errors")).ToContainTextAsync("第 2 行：只有一个词“只有一个词”");
        await Assertions.Expect(page.GetByLabel("管理员维护的同义词")).ToHaveValueAsync("服务点,便民驿站\n只有一个词");
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"admin-synonym-error-{width}.png"), FullPage = true });
        await AssertFitsAsync(page, violations);
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task A_passage_found_by_searching_is_cited_in_the_preview_and_in_the_reply(int width, int height)
    {
        var question = $"浏览器引用测试{width}：技术合同成交额有多少";
        var (context, page, violations) = await SignedInAsync(width, height, "/Admin/Curated/Edit");
        await using var _ = context;
        await page.GetByLabel("问题（必填，最多 500 字）").FillAsync(question);
        await page.GetByLabel("答案（必填，最多 8000 字）").FillAsync("以资料原文为准。");
        await page.GetByLabel("搜索资料段落").FillAsync("技术合同成交额");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
        var firstHit = page.Locator("#passage-hits li.passage-hit").First;
        var hitTitle = await firstHit.Locator("strong").TextContentAsync();

        await firstHit.GetByRole(AriaRole.Button, new() { Name = "引用" }).ClickAsync();

        await Assertions.Expect(page.Locator("#preview-answer")).ToHaveTextAsync("以资料原文为准。");
        await Assertions.Expect(page.Locator("#preview-citations li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#preview-citations li strong")).ToHaveTextAsync(hitTitle!);
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"admin-curated-cite-{width}.png"), FullPage = true });
        await AssertFitsAsync(page, violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Admin/Curated?saved=*");
        var reply = await site.AskAsync(question);
        Assert.Equal("curated", reply.Mode);
        Assert.Equal(hitTitle, $"《{Assert.Single(reply.Citations!).Title}》");
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task Trying_a_question_on_the_list_shows_the_curated_answer_that_answers_it(int width, int height)
    {
        var (context, page, violations) = await SignedInAsync(width, height, "/Admin/Curated");
        await using var _ = context;
        await page.GetByLabel("试一试：输入一个问题，看看由哪条路径回答、为什么").FillAsync("怎样联系人工客服？");

        await page.GetByRole(AriaRole.Button, new() { Name = "试一试", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#try-mode")).ToContainTextAsync("标注答案");
        await Assertions.Expect(page.Locator("#try-winner")).ToContainTextAsync("怎样联系人工客服？");
        await Assertions.Expect(page.Locator("#try-reason")).ToContainTextAsync("精选答案 #");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Admin/Curated$"));
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"admin-curated-try-{width}.png"), FullPage = true });
        await AssertFitsAsync(page, violations);
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task A_queue_row_shows_the_reason_on_badges_that_stay_on_one_line(int width, int height)
    {
        // Each asks about a year no passage names, so the bot declines; the two differ enough not to share a cluster.
        var question = width > 800 ? "殡葬补贴申领需要哪些证明材料2031年" : "市民卡挂失以后2031年要多少天补办";
        await site.AskAsync(question);
        var (context, page, violations) = await SignedInAsync(width, height, "/Admin/Review");
        await using var _ = context;
        var row = page.Locator("tr.review-cluster", new() { Has = page.Locator("span.representative", new() { HasText = question }) });

        await Assertions.Expect(row.Locator(".reason")).ToContainTextAsync("拒答");
        await Assertions.Expect(row.Locator(".reply")).ToContainTextAsync("市民看到的回复：");
        Assert.True((await row.Locator(".reply").InnerTextAsync()).Trim().Length > "市民看到的回复：".Length + 10, "The row shows no reply text.");

        foreach (var badge in await page.Locator("#review-clusters .badge").AllAsync())
        {
            var size = await badge.BoundingBoxAsync();
            Assert.True(size!.Height < 32, $"A badge wraps: {size.Height} px high.");
        }

        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"admin-review-queue-{width}.png"), FullPage = true });
        await AssertFitsAsync(page, violations);
        await row.GetByRole(AriaRole.Link, new() { Name = "查看提问详情" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ask-reason")).ToContainTextAsync("拒答");
        await AssertFitsAsync(page, violations);
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task The_answer_prefilled_from_the_queue_cites_the_passage_it_quotes(int width, int height)
    {
        // A year no passage names: declined, while the passages found for the rest of the question still give quotes.
        const string question = "金水区的科技企业2031年有多少家";
        await site.AskAsync(question);
        var (context, page, violations) = await SignedInAsync(width, height, "/Admin/Review");
        await using var _ = context;
        var row = page.Locator("tr.review-cluster", new() { Has = page.Locator("span.representative", new() { HasText = question }) });

        await row.GetByRole(AriaRole.Link, new() { Name = "创建标注问答" }).ClickAsync();

        var answer = await page.Locator("textarea[name='Form.Answer']").InputValueAsync();
        Assert.False(string.IsNullOrWhiteSpace(answer));
        Assert.DoesNotContain("（来源：", answer, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#cited-list li .cited-title").First).ToContainTextAsync("《");
        await Assertions.Expect(page.Locator("#preview-answer")).ToHaveTextAsync(answer.Trim());
        await Assertions.Expect(page.Locator("#preview-citations li strong").First).ToContainTextAsync("《");
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"admin-review-curate-{width}.png"), FullPage = true });
        await AssertFitsAsync(page, violations);
    }

    private async Task<(IBrowserContext Context, IPage Page, CspViolations Violations)> SignedInAsync(int width, int height, string path)
    {
        var context = await site.NewContextAsync(width, height);
        var violations = await CspViolations.WatchAsync(context);
        var page = await context.NewPageAsync();
        await AdminSiteFixture.SignInAsync(page, AdminSiteFixture.AdminUser, site.AdminPassword, path);
        return (context, page, violations);
    }

    private static async Task AssertFitsAsync(IPage page, CspViolations violations)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow} px.");
        Assert.Empty(violations.Seen);
    }
}
