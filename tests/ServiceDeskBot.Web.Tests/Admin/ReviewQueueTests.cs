using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Admin;

public sealed class ReviewQueueTests(ReviewAppFactory factory) : IClassFixture<ReviewAppFactory>
{
    private const string Queue = "/Admin/Review";

    [Fact]
    public async Task Review_page_challenges_anonymous_users()
    {
        using var client = await factory.CreateClientAsAsync(null);

        using var response = await client.GetAsync(new Uri(Queue, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Review_page_forbids_staff_who_are_not_admins()
    {
        using var client = await factory.CreateClientAsAsync("clerk", "Staff");

        using var response = await client.GetAsync(new Uri(Queue, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Queue_lists_a_question_the_bot_declined()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        var (_, _, _, answered, intent) = await factory.AskAsync(client, "出入境通行证续签需要什么材料");
        Assert.False(answered);
        Assert.Equal("question", intent);

        var row = await ReviewPageForms.ClusterRowAsync(client, "出入境通行证续签需要什么材料");

        Assert.Contains("<span class=\"badge bad\">未能回答</span>", row.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_lists_an_answer_a_citizen_rated_unhelpful()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        var (_, publicId, conversationId, _, _) = await factory.AskAsync(client, "中原区技术合同成交额突破了多少");
        var feedback = factory.Services.GetRequiredService<IAskFeedbackStore>();
        Assert.True(await feedback.RecordFeedbackAsync(publicId, conversationId, helpful: false, "数字不对", CancellationToken.None));

        var row = await ReviewPageForms.ClusterRowAsync(client, "中原区技术合同成交额突破了多少");

        Assert.Contains("<span class=\"badge bad\">用户差评</span>", row.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_lists_an_unhandled_staff_correction()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        await AddCorrectionAsync("老年优待证在哪里申领", "到街道便民服务中心申领。");

        var row = await ReviewPageForms.ClusterRowAsync(client, "老年优待证在哪里申领");

        Assert.Contains("<span class=\"badge ok\">人工纠错</span>", row.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marking_a_cluster_handled_removes_it_from_the_queue()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        var (_, _, _, answered, _) = await factory.AskAsync(client, "驾驶证到期换证在哪个窗口办理");
        Assert.False(answered);
        var row = await ReviewPageForms.ClusterRowAsync(client, "驾驶证到期换证在哪个窗口办理");

        using var response = await ReviewPageForms.PostFormAsync(client, Queue, Queue + "?handler=Dismiss", row.DismissFields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("驾驶证到期换证在哪个窗口办理", html, StringComparison.Ordinal);
        Assert.Contains("已将 1 条记录标记为已处理。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handling_a_correction_marks_it_handled_by_the_admin()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        var correctionId = await AddCorrectionAsync("残疾人证补办要几天", "一般五个工作日。");
        var row = await ReviewPageForms.ClusterRowAsync(client, "残疾人证补办要几天");

        using var response = await ReviewPageForms.PostFormAsync(client, Queue, Queue + "?handler=Dismiss", row.DismissFields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await CreateDbAsync();
        var stored = await db.StaffCorrections.SingleAsync(c => c.Id == correctionId);
        Assert.True(stored.Handled);
        Assert.Equal("admin", stored.HandledBy);
    }

    [Fact]
    public async Task Curate_form_is_prefilled_with_the_question_and_the_clerks_answer()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        await AddCorrectionAsync("独生子女证遗失如何补领", "携带户口本到户籍所在地社区补领。");
        var row = await ReviewPageForms.ClusterRowAsync(client, "独生子女证遗失如何补领");

        var html = await ReviewPageForms.GetPageAsync(client, row.CurateLink);

        Assert.Contains("value=\"独生子女证遗失如何补领\"", html, StringComparison.Ordinal);
        Assert.Contains("携带户口本到户籍所在地社区补领。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Curate_form_for_a_declined_ask_is_prefilled_with_the_quote_a_template_answer_would_lead_with()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        await factory.AskAsync(client, "金水区的科技企业有多少家");
        var row = await ReviewPageForms.ClusterRowAsync(client, "金水区的科技企业有多少家");
        var best = factory.Services.GetRequiredService<AnswerComposer>()
            .ChooseQuotes(factory.Services.GetRequiredService<EvidenceFinder>().Find("金水区的科技企业有多少家"))[0];

        var html = await ReviewPageForms.GetPageAsync(client, row.CurateLink);

        Assert.Matches("<textarea [^>]*name=\"Form.Answer\"[^>]*>\\s*" + Regex.Escape(best.Text), html);
        Assert.DoesNotContain("（来源：", html, StringComparison.Ordinal);
        Assert.Contains($"<li data-passage-id=\"{best.Passage.Id}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_queue_row_shows_why_the_bot_declined_and_links_to_the_ask()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        var (askId, _, _, _, _) = await factory.AskAsync(client, "殡葬补贴申领需要哪些证明");

        var row = await ReviewPageForms.ClusterRowAsync(client, "殡葬补贴申领需要哪些证明");

        Assert.Matches("<div class=\"reason\">[^<]*拒答", row.Html);
        Assert.Contains($"<a class=\"ask-link\" href=\"/Admin/Review/Ask/{askId}\">查看提问详情</a>", row.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_queue_row_shows_the_reply_the_citizen_saw()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        var (_, publicId, _, _, _) = await factory.AskAsync(client, "独生子女父母奖励扶助金每年发多少");
        var entry = await factory.Services.GetRequiredService<AskLog>().FindAsync(publicId, CancellationToken.None);
        Assert.False(string.IsNullOrWhiteSpace(entry!.Answer));

        var row = await ReviewPageForms.ClusterRowAsync(client, "独生子女父母奖励扶助金每年发多少");

        var reply = Regex.Match(row.Html, "<div class=\"reply\">(.*?)</div>", RegexOptions.Singleline);
        Assert.True(reply.Success, row.Html);
        Assert.StartsWith(entry.Answer.Trim()[..Math.Min(30, entry.Answer.Trim().Length)], WebUtility.HtmlDecode(Regex.Replace(reply.Groups[1].Value, "<span[^>]*>[^<]*</span>", "")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_queue_row_links_to_the_conversation_the_ask_was_part_of()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        var (_, _, conversationId, _, _) = await factory.AskAsync(client, "残疾人两项补贴的申请入口在哪里");

        var row = await ReviewPageForms.ClusterRowAsync(client, "残疾人两项补贴的申请入口在哪里");

        Assert.Contains($"<a class=\"conversation-link\" href=\"/console/conversations/{conversationId}\">打开所在对话</a>", row.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_queue_view_links_to_the_older_waiting_items_which_are_clustered_on_their_own()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sdb-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using var small = factory.WithWebHostBuilder(b => b.UseSetting("Storage:DataDirectory", directory).UseSetting("Review:MaxItems", "10"));
            using var client = small.CreateClient();
            client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, "admin");
            client.DefaultRequestHeaders.Add(TestAuthHandler.RolesHeader, "Admin");
            await using (var db = await small.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync())
            {
                db.AskLog.AddRange(Enumerable.Range(0, 12).Select(i => Declined("较早的问题：户籍迁移证明怎么开", DateTimeOffset.UtcNow.AddHours(-2).AddSeconds(i))));
                db.AskLog.AddRange(Enumerable.Range(0, 10).Select(i => Declined("最近的问题：电动车上牌在哪里办", DateTimeOffset.UtcNow.AddSeconds(-i))));
                await db.SaveChangesAsync();
            }

            var newest = await ReviewPageForms.GetPageAsync(client, Queue);
            var older = Regex.Match(newest, "<p class=\"card\" id=\"review-older\">.*?<a href=\"([^\"]+)\"", RegexOptions.Singleline);
            Assert.True(older.Success, newest);
            var next = await ReviewPageForms.GetPageAsync(client, WebUtility.HtmlDecode(older.Groups[1].Value));

            Assert.Contains("<td class=\"count\">10</td>", newest, StringComparison.Ordinal);
            Assert.DoesNotContain("户籍迁移证明", newest, StringComparison.Ordinal);
            Assert.Contains("<span class=\"representative\">较早的问题：户籍迁移证明怎么开</span>", next, StringComparison.Ordinal);
            Assert.Contains("<td class=\"count\">10</td>", next, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("?p=0")]
    [InlineData("?asks=-1")]
    [InlineData("?asks=x")]
    public async Task A_queue_view_with_a_malformed_page_or_window_is_a_bad_request(string query)
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");

        using var response = await client.GetAsync(new Uri(Queue + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_ask_page_shows_the_question_and_the_reason_it_was_declined()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        var (askId, _, _, _, _) = await factory.AskAsync(client, "殡葬补贴去哪个窗口办");

        var html = await ReviewPageForms.GetPageAsync(client, $"/Admin/Review/Ask/{askId}");

        Assert.Contains("<strong>殡葬补贴去哪个窗口办</strong>", html, StringComparison.Ordinal);
        Assert.Matches("<dd id=\"ask-reason\">[^<]*拒答", html);
    }

    [Fact]
    public async Task The_ask_page_of_an_unknown_ask_is_404()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");

        using var response = await client.GetAsync(new Uri("/Admin/Review/Ask/987654321", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Saving_the_curated_answer_stores_it_and_settles_the_cluster()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        var correctionId = await AddCorrectionAsync("公租房申请条件是什么", "具有本市户籍且家庭人均收入低于标准。");
        var form = (await ReviewPageForms.ClusterRowAsync(client, "公租房申请条件是什么")).CurateLink;
        var keyFields = ReviewPageForms.HiddenFieldsOf(await ReviewPageForms.GetPageAsync(client, form))
            .Where(f => !f.Key.StartsWith("Form.", StringComparison.Ordinal));

        using var response = await ReviewPageForms.PostFormAsync(client, form, "/Admin/Review/Curate", [
            .. keyFields,
            KeyValuePair.Create("Form.Question", "公租房申请条件是什么"),
            KeyValuePair.Create("Form.Alternates", "公租房怎么申请\n申请公租房要什么条件"),
            KeyValuePair.Create("Form.Answer", "具有本市户籍且家庭人均收入低于标准。"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("公租房申请条件是什么", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var db = await CreateDbAsync();
        var curated = await db.CuratedAnswers.SingleAsync(a => a.Question == "公租房申请条件是什么");
        Assert.Equal(["公租房怎么申请", "申请公租房要什么条件"], curated.AlternateQuestions);
        Assert.True((await db.StaffCorrections.SingleAsync(c => c.Id == correctionId)).Handled);
    }

    [Fact]
    public async Task Curate_form_without_any_item_is_a_bad_request()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");

        using var response = await client.GetAsync(new Uri($"{Queue}/Curate", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_flooded_cluster_links_and_posts_a_key_of_a_few_characters_whatever_its_size()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        await AddDeclinedAsksAsync("暴雨天气政务大厅开门吗", 1500);

        var row = await ReviewPageForms.ClusterRowAsync(client, "暴雨天气政务大厅开门吗");

        Assert.Contains("<td class=\"count\">1500</td>", row.Html, StringComparison.Ordinal);
        Assert.True(row.CurateLink.Length < 100, row.CurateLink);
        Assert.Equal(3, row.DismissFields.Count);
    }

    [Fact]
    public async Task Dismissing_a_flooded_cluster_settles_every_one_of_its_asks()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        var ids = await AddDeclinedAsksAsync("台风过境后哪天恢复办公", 1200);
        var row = await ReviewPageForms.ClusterRowAsync(client, "台风过境后哪天恢复办公");

        using var response = await ReviewPageForms.PostFormAsync(client, Queue, Queue + "?handler=Dismiss", row.DismissFields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await CreateDbAsync();
        Assert.Equal(1200, await db.AskLog.CountAsync(e => ids.Contains(e.Id) && e.Reviewed));
    }

    [Fact]
    public async Task Dismissing_leaves_asks_that_arrived_after_the_queue_was_read()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        await AddDeclinedAsksAsync("社区食堂的补贴怎么申请", 3);
        var row = await ReviewPageForms.ClusterRowAsync(client, "社区食堂的补贴怎么申请");
        var later = await AddDeclinedAsksAsync("社区食堂的补贴怎么申请", 1);

        using var response = await ReviewPageForms.PostFormAsync(client, Queue, Queue + "?handler=Dismiss", row.DismissFields);

        await using var db = await CreateDbAsync();
        Assert.False((await db.AskLog.SingleAsync(e => e.Id == later[0])).Reviewed);
        Assert.Contains("已将 3 条记录标记为已处理。", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cluster=x1&asks=1&corrections=0")]
    [InlineData("cluster=a5&asks=4&corrections=0")]
    [InlineData("cluster=a-1&asks=4&corrections=0")]
    [InlineData("cluster=&asks=4&corrections=0")]
    public async Task Curate_form_with_a_malformed_cluster_key_is_a_bad_request(string query)
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");

        using var response = await client.GetAsync(new Uri($"{Queue}/Curate?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static AskLogEntry Declined(string question, DateTimeOffset at) =>
        new() { At = at, Question = question, Intent = "question", Confidence = 0.9, Answered = false, Reason = "no passage" };

    private async Task<List<long>> AddDeclinedAsksAsync(string question, int count)
    {
        await using var db = await CreateDbAsync();
        var entries = Enumerable.Range(0, count).Select(i => new AskLogEntry
        {
            At = DateTimeOffset.UtcNow.AddSeconds(-i),
            Question = question,
            Intent = "question",
            Confidence = 0.9,
            Answered = false,
            Reason = "no passage",
        }).ToList();
        db.AskLog.AddRange(entries);
        await db.SaveChangesAsync();
        return entries.Select(e => e.Id).ToList();
    }

    private async Task<long> AddCorrectionAsync(string question, string suggested)
    {
        await using var db = await CreateDbAsync();
        var correction = new StaffCorrection
        {
            At = DateTimeOffset.UtcNow,
            UserName = "clerk",
            Question = question,
            CurrentAnswer = "抱歉，暂未找到相关内容。",
            SuggestedAnswer = suggested,
        };
        db.StaffCorrections.Add(correction);
        await db.SaveChangesAsync();
        return correction.Id;
    }

    private Task<ServiceDeskDbContext> CreateDbAsync() =>
        factory.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
}
