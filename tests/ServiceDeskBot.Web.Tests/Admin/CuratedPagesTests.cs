using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Web.Tests.Admin;

public sealed class CuratedPagesTests(CuratedAdminAppFactory factory) : IClassFixture<CuratedAdminAppFactory>
{
    // A question the corpus can answer, so the intent is "question" and the curated answer must win over retrieval.
    private const string Question = "中原区技术合同成交额突破了多少？";

    private Task<AdminClient> AdminAsync() => factory.CreateUserAsync("admin-wang", "Admin");

    private static Dictionary<string, string> Form(string question, string answer, string stamp = "", string cited = "") => new()
    {
        ["Input.Question"] = question,
        ["Input.Alternates"] = "",
        ["Input.Answer"] = answer,
        ["Input.CitedPassageIds"] = cited,
        ["Input.Enabled"] = "true",
        ["Input.Stamp"] = stamp,
    };

    [Fact]
    public async Task Anonymous_request_is_challenged()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/Admin/Curated", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Staff_member_is_forbidden()
    {
        using var staff = await factory.CreateUserAsync("staff-li", "Staff");

        var (status, _) = await staff.GetAsync("/Admin/Curated");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Admin_sees_the_list_with_the_seeded_answers()
    {
        using var admin = await AdminAsync();

        var (status, html) = await admin.GetAsync("/Admin/Curated");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("怎样联系人工客服？", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_without_a_question_returns_400_with_a_chinese_message()
    {
        using var admin = await AdminAsync();

        var (status, html) = await admin.PostFormAsync("/Admin/Curated/Edit", "/Admin/Curated/Edit", Form("", "有答案"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请填写问题。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_with_a_huge_answer_returns_400()
    {
        using var admin = await AdminAsync();

        var (status, html) = await admin.PostFormAsync("/Admin/Curated/Edit", "/Admin/Curated/Edit", Form("问题？", new string('长', 9000)));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("答案不能超过 8000 个字。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_citing_an_unknown_passage_returns_400()
    {
        using var admin = await AdminAsync();

        var (status, html) = await admin.PostFormAsync("/Admin/Curated/Edit", "/Admin/Curated/Edit", Form("问题？", "答案", cited: "no-such-passage"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("资料库中没有这些段落：no-such-passage", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_without_an_antiforgery_token_is_rejected_and_saves_nothing()
    {
        using var admin = await AdminAsync();
        using var content = new FormUrlEncodedContent(Form("无令牌提交的问题？", "答案"));

        using var response = await admin.Http.PostAsync(new Uri("/Admin/Curated/Edit", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        Assert.False(await db.CuratedAnswers.AnyAsync(a => a.Question == "无令牌提交的问题？"));
    }

    [Fact]
    public async Task Editing_an_unknown_id_returns_404()
    {
        using var admin = await AdminAsync();

        var (getStatus, _) = await admin.GetAsync("/Admin/Curated/Edit/987654");
        var (postStatus, _) = await admin.PostFormAsync("/Admin/Curated/Edit", "/Admin/Curated/Edit/987654", Form("问题？", "答案", Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.NotFound, getStatus);
        Assert.Equal(HttpStatusCode.NotFound, postStatus);
    }

    [Fact]
    public async Task Saving_a_stale_edit_form_returns_409_and_keeps_the_other_edit()
    {
        using var admin = await AdminAsync();
        var id = await admin.CreateCuratedAsync("并发编辑的问题？", "原答案");
        var stamp = await admin.CuratedStampAsync(id);
        var url = $"/Admin/Curated/Edit/{id}";
        var (first, _) = await admin.PostFormAsync(url, url, Form("并发编辑的问题？", "甲的修改", stamp));

        var (second, html) = await admin.PostFormAsync(url, url, Form("并发编辑的问题？", "乙的修改", stamp));

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.Conflict, second);
        Assert.Contains("已被其他人修改", html, StringComparison.Ordinal);
        var (_, edit) = await admin.GetAsync(url);
        Assert.Contains("甲的修改", edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Created_answer_is_returned_verbatim_by_ask_in_curated_mode()
    {
        using var admin = await AdminAsync();
        const string answer = "中原区技术合同成交额请以区科技局最新公布数据为准（标注测试答案）。";
        await admin.CreateCuratedAsync(Question, answer);

        var reply = await admin.AskAsync(Question);

        Assert.Equal("curated", reply.GetProperty("mode").GetString());
        Assert.Equal(answer, reply.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Rollback_restores_the_previous_answer_in_ask()
    {
        using var admin = await AdminAsync();
        const string question = "回滚测试：二七区的年度重点项目有哪些？";
        var id = await admin.CreateCuratedAsync(question, "第一版答案：见区政府公告。");
        var url = $"/Admin/Curated/Edit/{id}";
        await admin.PostFormAsync(url, url, Form(question, "第二版答案：错误内容。", await admin.CuratedStampAsync(id)));
        var history = $"/Admin/Curated/History/{id}";

        var (status, html) = await admin.PostFormAsync(history, history + "?handler=Rollback", [new("version", "1")]);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("回滚", html, StringComparison.Ordinal);
        var reply = await admin.AskAsync(question);
        Assert.Equal("curated", reply.GetProperty("mode").GetString());
        Assert.Equal("第一版答案：见区政府公告。", reply.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Rollback_to_an_unknown_version_returns_404()
    {
        using var admin = await AdminAsync();
        var id = await admin.CreateCuratedAsync("未知版本的问题？", "答案");

        var (status, _) = await admin.PostFormAsync($"/Admin/Curated/Edit/{id}", $"/Admin/Curated/History/{id}?handler=Rollback", [new("version", "42")]);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task History_diff_marks_only_the_characters_that_changed()
    {
        using var admin = await AdminAsync();
        var id = await admin.CreateCuratedAsync("差异测试的问题？", "旧的答案");
        var url = $"/Admin/Curated/Edit/{id}";
        await admin.PostFormAsync(url, url, Form("差异测试的问题？", "新的答案", await admin.CuratedStampAsync(id)));

        var (status, html) = await admin.GetAsync($"/Admin/Curated/History/{id}?version=1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<del>旧</del><ins>新</ins><span>的答案", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_then_delete_are_recorded_in_the_audit_log_with_the_author()
    {
        using var admin = await AdminAsync();
        var id = await admin.CreateCuratedAsync("审计测试的问题？", "答案");
        await admin.PostFormAsync("/Admin/Curated", "/Admin/Curated?handler=Toggle", [new("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("enable", "false")]);
        await admin.PostFormAsync("/Admin/Curated", "/Admin/Curated?handler=Delete", [new("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        var (status, html) = await admin.GetAsync("/Admin/Audit");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("删除标注问答“审计测试的问题？”", html, StringComparison.Ordinal);
        Assert.Contains("停用标注问答“审计测试的问题？”", html, StringComparison.Ordinal);
        Assert.Contains("admin-wang", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_unknown_id_returns_404()
    {
        using var admin = await AdminAsync();

        var (status, _) = await admin.PostFormAsync("/Admin/Curated", "/Admin/Curated?handler=Delete", [new("id", "987654")]);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Search_filters_the_list_by_answer_text()
    {
        using var admin = await AdminAsync();
        await admin.CreateCuratedAsync("搜索测试问题甲？", "独一无二的答案关键词");

        var (_, html) = await admin.GetAsync("/Admin/Curated?q=" + Uri.EscapeDataString("独一无二"));

        Assert.Contains("搜索测试问题甲？", html, StringComparison.Ordinal);
        Assert.DoesNotContain("怎样联系人工客服？", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_text_is_html_encoded_in_the_list()
    {
        using var admin = await AdminAsync();
        await admin.CreateCuratedAsync("<script>alert(1)</script>编码测试？", "答案");

        var (_, html) = await admin.GetAsync("/Admin/Curated");

        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;编码测试？", html, StringComparison.Ordinal);
    }
}
