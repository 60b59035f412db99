using System.Net;

namespace ServiceDeskBot.Web.Tests.Admin;

public sealed class AuditPageTests(CuratedAdminAppFactory factory) : IClassFixture<CuratedAdminAppFactory>
{
    [Fact]
    public async Task Anonymous_request_is_challenged()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/Admin/Audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Staff_member_is_forbidden()
    {
        using var staff = await factory.CreateUserAsync("staff-li", "Staff");

        var (status, _) = await staff.GetAsync("/Admin/Audit");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Template_change_appears_with_its_author_and_a_history_link()
    {
        using var admin = await factory.CreateUserAsync("admin-sun", "Admin");
        const string url = "/Admin/Templates/Edit/thanks";
        await admin.PostFormAsync(url, url + "?handler=Save", [new("Input.Body", "不客气！"), new("Input.Enabled", "true"), new("Input.Stamp", await admin.TemplateStampAsync("thanks"))]);

        var (status, html) = await admin.GetAsync("/Admin/Audit");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("修改回复模板“thanks”", html, StringComparison.Ordinal);
        Assert.Contains("admin-sun", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Admin/Templates/History/thanks\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_number_beyond_the_end_shows_an_empty_page_not_an_error()
    {
        using var admin = await factory.CreateUserAsync("admin-sun", "Admin");

        var (status, html) = await admin.GetAsync("/Admin/Audit?p=999");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("第 999 /", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_history_diff_shows_the_edit()
    {
        using var admin = await factory.CreateUserAsync("admin-sun", "Admin");
        const string url = "/Admin/Templates/Edit/complaint";
        await admin.PostFormAsync(url, url + "?handler=Save", [new("Input.Body", "新的投诉回复 {{ hotline }}"), new("Input.Enabled", "true"), new("Input.Stamp", await admin.TemplateStampAsync("complaint"))]);

        var (status, html) = await admin.GetAsync("/Admin/Templates/History/complaint?version=1");

        Assert.Equal(HttpStatusCode.OK, status);
        var diff = System.Text.RegularExpressions.Regex.Match(html, "<div class=\"diff diff-words\">(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        var afterEdit = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(diff, "<del>.*?</del>", "", System.Text.RegularExpressions.RegexOptions.Singleline), "<[^>]+>", ""));
        Assert.Equal("新的投诉回复 {{ hotline }}", afterEdit);
        Assert.Contains("<del>", diff, StringComparison.Ordinal);
    }
}
