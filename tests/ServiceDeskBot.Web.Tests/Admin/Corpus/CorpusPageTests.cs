using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Admin.Corpus;

/// <summary>The corpus page as an admin works it: titles in the list, a preview confirmed without a second file choice, synonym lines checked.</summary>
public sealed partial class CorpusPageTests(CorpusAdminAppFactory factory) : IClassFixture<CorpusAdminAppFactory>
{
    private const string Guide = """
        # 晨光驿站便民服务指南

        ## 一、服务地点

        晨光驿站设在示例街道社区服务中心二楼，提供证明开具、社保咨询等便民服务。
        驿站工作日上午八点半至下午五点开放，周末不对外办公。
        """;

    private const string GuideQuery = "晨光驿站几点开放";

    [Fact]
    public async Task Confirming_a_preview_stores_the_previewed_file_without_choosing_it_again()
    {
        using var client = await factory.CreateClientAsync("Admin");
        var admin = new CorpusAdminClient(client);
        var token = await admin.PreviewAsync("晨光-确认.md", Encoding.UTF8.GetBytes(Guide));

        using var response = await admin.ConfirmAsync(token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches(DocumentPath(), response.Headers.Location!.OriginalString);
        Assert.Equal("晨光-确认.md", (await admin.SearchSourcesAsync(GuideQuery))[0]);
    }

    [Fact]
    public async Task A_preview_token_stores_the_file_only_once()
    {
        using var client = await factory.CreateClientAsync("Admin");
        var admin = new CorpusAdminClient(client);
        var token = await admin.PreviewAsync("晨光-一次.md", Encoding.UTF8.GetBytes(Guide.Replace("晨光", "暮色", StringComparison.Ordinal)));
        using var first = await admin.ConfirmAsync(token);

        using var second = await admin.ConfirmAsync(token);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("预览已过期或已入库", await PageTextAsync(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_admin_cannot_confirm_someone_elses_preview()
    {
        using var owner = await factory.CreateClientAsync("Admin");
        var token = await new CorpusAdminClient(owner).PreviewAsync("晨光-他人.md", Encoding.UTF8.GetBytes(Guide.Replace("晨光", "星河", StringComparison.Ordinal)));
        using var other = await factory.CreateClientAsync("Admin");
        other.DefaultRequestHeaders.Remove(TestAuthHandler.UserHeader);
        other.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, "another-admin");

        using var response = await new CorpusAdminClient(other).ConfirmAsync(token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("晨光-他人.md", await new CorpusAdminClient(owner).SearchSourcesAsync("星河驿站几点开放"));
    }

    [Fact]
    public async Task The_document_list_shows_the_title_with_the_file_name_beneath()
    {
        using var client = await factory.CreateClientAsync("Admin");
        var admin = new CorpusAdminClient(client);
        var id = await admin.UploadNewAsync("晨光-标题.md", Encoding.UTF8.GetBytes(Guide.Replace("晨光", "朝阳", StringComparison.Ordinal)));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(CorpusAdminClient.CorpusPage));

        var row = Rows().Matches(html).Select(m => m.Value).Single(r => r.Contains($"/Admin/Corpus/Document/{id}\"", StringComparison.Ordinal));
        Assert.Contains("<a class=\"document-title\" href=\"/Admin/Corpus/Document/" + id + "\">朝阳驿站便民服务指南</a>", row, StringComparison.Ordinal);
        Assert.Contains("<div class=\"muted file-name\">晨光-标题.md</div>", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_document_is_listed_under_deleted_documents_with_its_revision()
    {
        using var client = await factory.CreateClientAsync("Admin");
        var admin = new CorpusAdminClient(client);
        var id = await admin.UploadNewAsync("晨光-删除.md", Encoding.UTF8.GetBytes(Guide.Replace("晨光", "落日", StringComparison.Ordinal)));
        using var titled = await admin.SaveMetadataAsync(id, await admin.StampAsync(id), enabled: true, title: "落日驿站服务指南（已废止）");
        using var deleted = await admin.DeleteAsync(id);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(CorpusAdminClient.CorpusPage));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var section = html[html.IndexOf("<details id=\"deleted-documents\">", StringComparison.Ordinal)..];
        Assert.Contains("<strong>落日驿站服务指南（已废止）</strong>", section[..section.IndexOf("</details>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("晨光-删除.md · 第 1 版 · 删除于", section, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Admin/Corpus/Document/{id}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_synonym_list_with_a_one_word_line_is_refused_naming_that_line()
    {
        using var client = await factory.CreateClientAsync("Admin");

        using var response = await new CorpusAdminClient(client).PostListAsync("Synonyms", "synonymsText", "服务点,便民驿站\n\n孤零零");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await PageTextAsync(response);
        Assert.Contains("第 3 行：只有一个词“孤零零”", html, StringComparison.Ordinal);
        Assert.Contains("服务点,便民驿站\n\n孤零零</textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_synonym_list_saves_none_of_its_lines()
    {
        using var client = await factory.CreateClientAsync("Admin");
        var catalog = factory.Services.GetRequiredService<SynonymCatalog>();
        var before = catalog.AdminText;

        using var response = await new CorpusAdminClient(client).PostListAsync("Synonyms", "synonymsText", "拒存甲,拒存乙\n拒存丙、拒存丁");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, catalog.AdminText);
        Assert.DoesNotContain("拒存甲", factory.Services.GetRequiredService<QueryNormalizer>().Analyze("拒存乙在哪").Expansions);
    }

    private static async Task<string> PageTextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("<tr class=\"corpus-document\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Rows();

    [GeneratedRegex(@"^/Admin/Corpus/Document/\d+\?done=uploaded$")]
    private static partial Regex DocumentPath();
}
