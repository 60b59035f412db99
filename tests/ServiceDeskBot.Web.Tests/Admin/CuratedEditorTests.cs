using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Review;

namespace ServiceDeskBot.Web.Tests.Admin;

/// <summary>The curated-answer editor's passage search, the citations a curated reply carries, and 试一试.</summary>
public sealed class CuratedEditorTests(CuratedAdminAppFactory factory) : IClassFixture<CuratedAdminAppFactory>
{
    private const string CorpusQuestion = "中原区技术合同成交额突破了多少";

    private Task<AdminClient> AdminAsync() => factory.CreateUserAsync("admin-zhao", "Admin");

    [Fact]
    public async Task Passage_search_lists_passages_with_their_title_and_an_excerpt_holding_the_words_searched()
    {
        using var admin = await AdminAsync();

        using var response = await admin.Http.GetAsync(new Uri("/api/admin/curated/passages?q=" + Uri.EscapeDataString("技术合同成交额"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var first = body.RootElement[0];
        Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("title").GetString()));
        Assert.Contains("技术合同", first.GetProperty("excerpt").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Passage_search_with_a_nul_character_is_a_400_problem()
    {
        using var admin = await AdminAsync();

        using var response = await admin.Http.GetAsync(new Uri("/api/admin/curated/passages?q=%00", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Passage_search_is_forbidden_to_staff()
    {
        using var staff = await factory.CreateUserAsync("staff-qian", "Staff");

        using var response = await staff.Http.GetAsync(new Uri("/api/admin/curated/passages?q=" + Uri.EscapeDataString("技术合同"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_curated_reply_cites_the_passages_its_answer_names()
    {
        using var admin = await AdminAsync();
        var passageId = await FirstPassageIdAsync(admin, "技术合同成交额");
        await admin.CreateCuratedAsync("标注引用测试：技术合同成交额是多少", "标注答案：以资料原文为准。", cited: passageId);

        var reply = await admin.AskAsync("标注引用测试：技术合同成交额是多少");

        Assert.Equal("curated", reply.GetProperty("mode").GetString());
        Assert.Equal(passageId, reply.GetProperty("citations")[0].GetProperty("passageId").GetString());
    }

    [Fact]
    public async Task The_edit_page_lists_a_cited_passage_by_its_title_and_excerpt()
    {
        using var admin = await AdminAsync();
        var passageId = await FirstPassageIdAsync(admin, "技术合同成交额");
        var id = await admin.CreateCuratedAsync("编辑页引用显示测试", "编辑页引用显示测试的答案。", cited: passageId);

        var (_, html) = await admin.GetAsync($"/Admin/Curated/Edit/{id}");

        var item = html[html.IndexOf($"<li data-passage-id=\"{passageId}\">", StringComparison.Ordinal)..];
        Assert.Contains("<strong class=\"cited-title\">《", item[..item.IndexOf("</li>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("技术合同", item[..item.IndexOf("</li>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trying_a_question_names_the_curated_answer_that_answers_it()
    {
        using var admin = await AdminAsync();
        var id = await admin.CreateCuratedAsync("试一试测试：社区食堂几点开门", "试一试测试答案：早上七点开门。");

        var (status, html) = await admin.GetAsync("/Admin/Curated/Try?q=" + Uri.EscapeDataString("试一试测试：社区食堂几点开门"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<span id=\"try-winner\">标注问答 <a href=\"/Admin/Curated/Edit/{id}\">#{id}", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"pre-wrap reply-text\" id=\"try-reply\">试一试测试答案：早上七点开门。</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trying_from_a_shadowed_answer_names_the_answer_that_shadows_it()
    {
        using var admin = await AdminAsync();
        var first = await admin.CreateCuratedAsync("遮蔽测试：老年证在哪里办", "遮蔽测试第一条答案。");
        var second = await admin.CreateCuratedAsync("遮蔽测试：老年证在哪里办理", "遮蔽测试第二条答案。");

        var (_, html) = await admin.GetAsync($"/Admin/Curated/Try?answer={second}&q=" + Uri.EscapeDataString("遮蔽测试：老年证在哪里办"));

        Assert.Contains($"本条（#{second}）达到阈值", html, StringComparison.Ordinal);
        Assert.Contains($"但被 #{first}“遮蔽测试：老年证在哪里办”遮蔽", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trying_a_question_no_curated_answer_covers_shows_the_path_and_the_reason()
    {
        using var admin = await AdminAsync();

        var (_, html) = await admin.GetAsync("/Admin/Curated/Try?q=" + Uri.EscapeDataString(CorpusQuestion));

        Assert.DoesNotContain("id=\"try-winner\"", html, StringComparison.Ordinal);
        Assert.Matches("<span class=\"badge [a-z]+\" id=\"try-mode\">(模板|大模型|未作答)", html);
        Assert.Matches("<span id=\"try-reason\">[^<]*判定分 [0-9.]+", html);
    }

    [Fact]
    public async Task Trying_a_question_with_a_nul_character_is_refused_with_400()
    {
        using var admin = await AdminAsync();

        var (status, html) = await admin.GetAsync("/Admin/Curated/Try?q=%00");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.DoesNotContain("id=\"try-outcome\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_tried_by_an_admin_never_waits_in_the_review_queue()
    {
        using var admin = await AdminAsync();
        const string question = "试一试不入队：出入境通行证续签需要什么材料";
        await admin.GetAsync("/Admin/Curated/Try?q=" + Uri.EscapeDataString(question));
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync())
        {
            await factory.Services.GetRequiredService<AskLog>().FlushAsync(CancellationToken.None);
            Assert.True(await db.AskLog.AnyAsync(e => e.Question == question && e.Channel == ReviewBacklog.TryChannel && !e.Answered));
        }

        var snapshot = await factory.Services.GetRequiredService<ReviewBacklog>().GetSnapshotAsync(CancellationToken.None);

        Assert.DoesNotContain(snapshot.Clusters.SelectMany(c => c.Items), i => i.Question == question);
    }

    private static async Task<string> FirstPassageIdAsync(AdminClient admin, string query)
    {
        using var response = await admin.Http.GetAsync(new Uri("/api/admin/curated/passages?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement[0].GetProperty("id").GetString()!;
    }
}
