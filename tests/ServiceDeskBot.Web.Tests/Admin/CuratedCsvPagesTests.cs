using System.Net;
using System.Text;

namespace ServiceDeskBot.Web.Tests.Admin;

public sealed class CuratedCsvPagesTests(CuratedAdminAppFactory factory) : IClassFixture<CuratedAdminAppFactory>
{
    private const string Header = "id,question,alternates,answer,cited_passage_ids,enabled\r\n";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Export_is_utf8_with_a_byte_order_mark_and_a_header()
    {
        using var admin = await factory.CreateUserAsync("admin-zhao", "Admin");

        using var response = await admin.Http.GetAsync(new Uri("/Admin/Curated?handler=Export", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(Header, text, StringComparison.Ordinal);
        Assert.Contains("怎样联系人工客服？", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_with_a_bad_row_returns_400_naming_the_row_and_imports_nothing()
    {
        using var admin = await factory.CreateUserAsync("admin-zhao", "Admin");
        var csv = Header + ",导入好问题一？,,好答案,,true\r\n" + ",,,缺少问题,,true\r\n";

        var (status, html) = await admin.PostFileAsync("/Admin/Curated", "/Admin/Curated?handler=Import", Utf8(csv));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("第 3 行：请填写问题。", html, StringComparison.Ordinal);
        var (_, list) = await admin.GetAsync("/Admin/Curated");
        Assert.DoesNotContain("导入好问题一？", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_with_an_unclosed_quote_returns_400()
    {
        using var admin = await factory.CreateUserAsync("admin-zhao", "Admin");

        var (status, html) = await admin.PostFileAsync("/Admin/Curated", "/Admin/Curated?handler=Import", Utf8(Header + ",\"没闭合,,答案,,true\r\n"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("引号没有闭合", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_creates_answers_with_commas_quotes_and_newlines_that_ask_returns()
    {
        using var admin = await factory.CreateUserAsync("admin-zhao", "Admin");
        const string question = "导入测试：金水区政务服务中心周末开门吗？";
        var csv = "\uFEFF" + Header + $",{question},金水区周末能办事吗 | 周末办事,\"第一行，带逗号\r\n第二行 \"\"引号\"\"\",,true\r\n";

        var (status, html) = await admin.PostFileAsync("/Admin/Curated", "/Admin/Curated?handler=Import", Utf8(csv));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("新建 1 条", html, StringComparison.Ordinal);
        var reply = await admin.AskAsync(question);
        Assert.Equal("curated", reply.GetProperty("mode").GetString());
        // Line breaks are stored as LF whatever the file used (the input gate normalises them).
        Assert.Equal("第一行，带逗号\n第二行 \"引号\"", reply.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Import_without_a_file_returns_400()
    {
        using var admin = await factory.CreateUserAsync("admin-zhao", "Admin");

        var (status, html) = await admin.PostFormAsync("/Admin/Curated", "/Admin/Curated?handler=Import", []);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请选择要导入的 CSV 文件。", html, StringComparison.Ordinal);
    }
}
