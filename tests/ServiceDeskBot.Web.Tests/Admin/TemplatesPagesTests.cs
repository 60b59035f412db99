using System.Net;

namespace ServiceDeskBot.Web.Tests.Admin;

public sealed class TemplatesPagesTests(CuratedAdminAppFactory factory) : IClassFixture<CuratedAdminAppFactory>
{
    private Task<AdminClient> AdminAsync() => factory.CreateUserAsync("admin-chen", "Admin");

    private static KeyValuePair<string, string>[] Form(string body, string stamp, bool enabled = true) =>
    [
        new("Input.Body", body),
        new("Input.Enabled", enabled ? "true" : "false"),
        new("Input.Stamp", stamp),
    ];

    [Fact]
    public async Task List_shows_every_template_key()
    {
        using var admin = await AdminAsync();

        var (status, html) = await admin.GetAsync("/Admin/Templates");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("no_answer", html, StringComparison.Ordinal);
        Assert.Contains("out_of_scope", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_member_is_forbidden()
    {
        using var staff = await factory.CreateUserAsync("staff-li", "Staff");

        var (status, _) = await staff.GetAsync("/Admin/Templates/Edit/greeting");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Unknown_template_key_returns_404()
    {
        using var admin = await AdminAsync();

        var (status, _) = await admin.GetAsync("/Admin/Templates/Edit/no_such_key");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Preview_of_a_script_tag_renders_inert()
    {
        using var admin = await AdminAsync();
        const string url = "/Admin/Templates/Edit/greeting";

        var (status, html) = await admin.PostFormAsync(url, url + "?handler=Preview", Form("<script>alert('x')</script>{{ site_name }}", ""));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_reports_syntax_errors_with_line_and_column()
    {
        using var admin = await AdminAsync();
        const string url = "/Admin/Templates/Edit/greeting";

        var (status, html) = await admin.PostFormAsync(url, url + "?handler=Preview", Form("第一行\n{{ if }", ""));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("第 2 行", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_a_template_with_a_syntax_error_is_refused()
    {
        using var admin = await AdminAsync();
        const string url = "/Admin/Templates/Edit/thanks";
        var before = await admin.GetAsync(url);

        var (status, html) = await admin.PostFormAsync(url, url + "?handler=Save", Form("{{ for x in }}", await admin.TemplateStampAsync("thanks")));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("模板有语法错误，未保存", html, StringComparison.Ordinal);
        var after = await admin.GetAsync(url);
        Assert.Equal(BodyOf(before.Html), BodyOf(after.Html));
    }

    [Fact]
    public async Task Saving_an_empty_body_returns_400()
    {
        using var admin = await AdminAsync();
        const string url = "/Admin/Templates/Edit/complaint";

        var (status, html) = await admin.PostFormAsync(url, url + "?handler=Save", Form("  ", await admin.TemplateStampAsync("complaint")));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("模板内容不能为空。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_a_stale_form_returns_409()
    {
        using var admin = await AdminAsync();
        const string url = "/Admin/Templates/Edit/handoff";
        var stamp = await admin.TemplateStampAsync("handoff");
        await admin.PostFormAsync(url, url + "?handler=Save", Form("请拨打 {{ hotline }}。", stamp));

        var (status, html) = await admin.PostFormAsync(url, url + "?handler=Save", Form("另一个修改 {{ hotline }}", stamp));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("已被其他人修改", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollback_restores_the_seeded_body()
    {
        using var admin = await AdminAsync();
        const string url = "/Admin/Templates/Edit/out_of_scope";
        var (_, original) = await admin.GetAsync(url);
        await admin.PostFormAsync(url, url + "?handler=Save", Form("临时修改的模板 {{ hotline }}", await admin.TemplateStampAsync("out_of_scope")));
        const string history = "/Admin/Templates/History/out_of_scope";

        var (status, _) = await admin.PostFormAsync(history, history + "?handler=Rollback", [new("version", "1")]);

        Assert.Equal(HttpStatusCode.OK, status);
        var (_, restored) = await admin.GetAsync(url);
        Assert.DoesNotContain("临时修改的模板", restored, StringComparison.Ordinal);
        Assert.Equal(BodyOf(original), BodyOf(restored));
    }

    [Fact]
    public async Task Script_tag_in_a_saved_template_is_inert_in_the_reply()
    {
        using var admin = await AdminAsync();
        const string url = "/Admin/Templates/Edit/greeting";
        await admin.PostFormAsync(url, url + "?handler=Save", Form("<script>alert(1)</script>您好，欢迎咨询。", await admin.TemplateStampAsync("greeting")));

        var reply = await admin.AskAsync("你好");

        Assert.Equal("greeting", reply.GetProperty("intent").GetString());
        var answer = reply.GetProperty("answer").GetString();
        Assert.DoesNotContain("<script", answer, StringComparison.Ordinal);
        Assert.Contains("您好，欢迎咨询。", answer, StringComparison.Ordinal);
    }

    private static string BodyOf(string html)
    {
        var start = html.IndexOf("<textarea", StringComparison.Ordinal);
        var end = html.IndexOf("</textarea>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
