using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Web.Features.DirectLine;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// The staff console and ticket desk and the admin conversation log as a person uses them in Chromium, at desktop and
/// phone width: what is visible, no horizontal overflow, no Content-Security-Policy violation.
/// </summary>
public sealed class ConsoleWorkflowTests(ConsoleSiteFixture site) : IClassFixture<ConsoleSiteFixture>
{
    private const string Question = "中原区委书记乔耸在采访中谈了什么";

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task A_follow_up_stays_in_the_conversation_and_the_reply_reads_as_text_above_the_fold(int width, int height)
    {
        var (context, page, csp) = await SignInAsync(ConsoleSiteFixture.StaffUser, site.StaffPassword, width, height);
        await using var _ = context;
        await AskAsync(page, "以群众身份提问", Question);

        await AskAsync(page, "继续提问（追问会沿用本次对话的上下文）", "他还提到了哪些工作");

        await Assertions.Expect(page.Locator("#turn-count")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("#conversation")).ToContainTextAsync(Question);
        var answer = page.Locator("#answer");
        await Assertions.Expect(answer).ToBeVisibleAsync();
        Assert.DoesNotContain("cite:", await answer.InnerTextAsync(), StringComparison.Ordinal);
        var box = await answer.BoundingBoxAsync();
        Assert.True(box!.Y < height, $"the reply starts at {box.Y}px, below the first screen ({height}px)");
        await AssertFitsAsync(page, csp, $"console-follow-up-{width}.png");
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task After_a_correction_the_reply_stays_and_my_corrections_lists_it_as_pending(int width, int height)
    {
        var (context, page, csp) = await SignInAsync(ConsoleSiteFixture.StaffUser, site.StaffPassword, width, height);
        await using var _ = context;
        await AskAsync(page, "以群众身份提问", Question);
        var suggestion = $"窗口口径 {width}";

        await page.Locator("#correction summary").ClickAsync();
        await page.GetByLabel("正确的答案").FillAsync(suggestion);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交纠错" }).ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("纠错建议已提交");
        await Assertions.Expect(page.Locator("#asked")).ToHaveTextAsync(Question);
        await Assertions.Expect(page.Locator("#passages li.passage").First).ToBeVisibleAsync();
        await AssertFitsAsync(page, csp, $"console-corrected-{width}.png");
        await page.GetByRole(AriaRole.Link, new() { Name = "我的纠错" }).First.ClickAsync();
        var row = page.Locator(".correction-row", new() { HasText = suggestion });
        await Assertions.Expect(row.Locator(".correction-status")).ToHaveTextAsync("待处理");
        await AssertFitsAsync(page, csp, $"console-my-corrections-{width}.png");
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task Claiming_a_ticket_shows_the_callback_number_and_closing_it_records_the_note(int width, int height)
    {
        var number = await OpenTicketAsync("我要找人工窗口咨询落户");
        var (context, page, csp) = await SignInAsync(ConsoleSiteFixture.StaffUser, site.StaffPassword, width, height);
        await using var _ = context;
        await page.GotoAsync("/Console/Tickets");
        await Assertions.Expect(page.Locator(".ticket-row", new() { HasText = number }).Locator(".ticket-callback")).ToHaveTextAsync("138****5678");
        await AssertFitsAsync(page, csp, $"tickets-{width}.png");
        await page.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "认领工单" }).ClickAsync();

        await Assertions.Expect(page.Locator("#callback")).ToHaveTextAsync("138 1234 5678");
        await AssertFitsAsync(page, csp, $"ticket-claimed-{width}.png");
        await page.GetByLabel("处理记录（已做的处理、告知市民的答复）").FillAsync("已回电，告知落户所需材料");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存并关闭工单" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ticket-status")).ToHaveTextAsync("已关闭");
        await Assertions.Expect(page.Locator("#notes")).ToContainTextAsync("已回电，告知落户所需材料");
        await Assertions.Expect(page.Locator("#callback")).ToHaveTextAsync("138****5678");
    }

    [Theory]
    [MemberData(nameof(Viewports.DesktopAndPhone), MemberType = typeof(Viewports))]
    public async Task An_admin_finds_a_disliked_conversation_in_the_log_and_reads_its_turns(int width, int height)
    {
        var citizenQuestion = $"办理居住证需要什么材料 {width}";
        await SeedConversationAsync(citizenQuestion);
        var (context, page, csp) = await SignInAsync(ConsoleSiteFixture.AdminUser, site.AdminPassword, width, height);
        await using var _ = context;
        await page.GotoAsync("/Admin/Conversations");
        await page.Locator("select[name='Filter.Feedback']").SelectOptionAsync("disliked");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await AssertFitsAsync(page, csp, $"admin-conversations-{width}.png");

        await page.GetByRole(AriaRole.Link, new() { Name = citizenQuestion }).ClickAsync();

        var turn = page.Locator(".turn", new() { HasText = citizenQuestion });
        await Assertions.Expect(turn.Locator(".turn-reason")).ToContainTextAsync("依据资料作答");
        await Assertions.Expect(turn.Locator(".turn-feedback")).ToHaveTextAsync("市民评价：没帮助（信息过时）");
        await Assertions.Expect(turn.Locator("blockquote strong")).ToHaveTextAsync("现场办理");
        await Assertions.Expect(turn.GetByRole(AriaRole.Link, new() { Name = "据此新建标注答案" })).ToBeVisibleAsync();
        await AssertFitsAsync(page, csp, $"admin-transcript-{width}.png");
    }

    private async Task<(IBrowserContext Context, IPage Page, CspViolations Csp)> SignInAsync(string user, string password, int width, int height)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var csp = await CspViolations.WatchAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Console");
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Console");
        return (context, page, csp);
    }

    private static async Task AskAsync(IPage page, string label, string question)
    {
        var turns = await page.Locator("#turn-count").CountAsync() == 0 ? 0 : int.Parse(await page.Locator("#turn-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel(label).FillAsync(question);
        await page.GetByRole(AriaRole.Button, new() { Name = "提问", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#turn-count")).ToHaveTextAsync((turns + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // What a person sees must fit the screen: nothing scrolls sideways, and the policy blocked nothing the page needs.
    private async Task AssertFitsAsync(IPage page, CspViolations csp, string screenshot)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotDirectory, screenshot), FullPage = true });
        Assert.True(scrollWidth <= clientWidth, $"{page.Url} is {scrollWidth}px wide in a {clientWidth}px window");
        Assert.Empty(csp.Seen);
    }

    private async Task<string> OpenTicketAsync(string question)
    {
        var store = site.Services.GetRequiredService<HandoffTicketStore>();
        var (ticket, _) = await store.OpenAsync("browser-ticket-" + Guid.NewGuid().ToString("N"), HandoffKind.Handoff, question, CancellationToken.None);
        await store.SetCallbackAsync(ticket.Id, CallbackNumber.Read("13812345678").Number!, CancellationToken.None);
        return ticket.Number;
    }

    private async Task SeedConversationAsync(string question)
    {
        var askLog = site.Services.GetRequiredService<AskLog>();
        await askLog.AppendAsync(
            new AskLogEntry
            {
                ConversationId = "browser-conv-" + Guid.NewGuid().ToString("N"),
                Channel = "webchat",
                Question = question,
                Answer = "根据资料：\n\n> 携带身份证件到窗口**现场办理**。",
                Intent = IntentLabels.Question,
                Mode = AnswerMode.Template,
                Answered = true,
                Reason = "依据资料作答：最佳引文覆盖度 0.80",
                Feedback = false,
                FeedbackComment = "信息过时",
            },
            CancellationToken.None);
        await askLog.FlushAsync(CancellationToken.None);
    }
}
