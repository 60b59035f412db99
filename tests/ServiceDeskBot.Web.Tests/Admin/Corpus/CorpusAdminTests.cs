using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Tests.Admin.Corpus;

public sealed class CorpusAdminTests(CorpusAdminAppFactory factory) : IClassFixture<CorpusAdminAppFactory>
{
    private const string Guide = """
        # 青禾驿站便民服务指南

        ## 一、服务地点

        青禾驿站设在示例街道社区服务中心一楼，提供证明开具、社保咨询等便民服务。
        驿站工作日上午九点至下午五点开放，周末不对外办公。
        """;

    private const string GuideQuery = "青禾驿站几点开放";

    [Fact]
    public async Task Corpus_page_challenges_anonymous_visitors()
    {
        using var client = await factory.CreateClientAsync(roles: null);

        using var response = await client.GetAsync(CorpusAdminClient.CorpusPage);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Corpus_page_is_forbidden_to_staff()
    {
        using var client = await factory.CreateClientAsync("Staff");

        using var response = await client.GetAsync(CorpusAdminClient.CorpusPage);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Corpus_page_lists_the_seed_documents_for_admins()
    {
        using var client = await factory.CreateClientAsync("Admin");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(CorpusAdminClient.CorpusPage));

        Assert.Contains("001_5b08f66ed03d030d.txt", html, StringComparison.Ordinal);
        Assert.Contains("重建索引", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_document_is_found_by_api_search_without_a_restart()
    {
        using var client = await factory.CreateClientAsync("Admin");
        var admin = new CorpusAdminClient(client);
        Assert.DoesNotContain("上传-检索.md", await admin.SearchSourcesAsync(GuideQuery));

        await admin.UploadNewAsync("上传-检索.md", Encoding.UTF8.GetBytes(Guide));

        Assert.Equal("上传-检索.md", (await admin.SearchSourcesAsync(GuideQuery))[0]);
    }

    [Fact]
    public async Task Preview_shows_the_passages_without_adding_the_document()
    {
        using var client = await factory.CreateClientAsync("Admin");
        var admin = new CorpusAdminClient(client);

        using var response = await admin.UploadAsync("仅预览.md", Encoding.UTF8.GetBytes(Guide), handler: "Preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await PageTextAsync(response);
        Assert.Contains("一、服务地点", html, StringComparison.Ordinal);
        Assert.Contains("尚未入库", html, StringComparison.Ordinal);
        Assert.DoesNotContain("仅预览.md", await admin.SearchSourcesAsync(GuideQuery));
    }

    [Fact]
    public async Task Disabling_a_document_removes_it_from_api_search_at_once()
    {
        using var client = await factory.CreateClientAsync("Admin");
        var admin = new CorpusAdminClient(client);
        var id = await admin.UploadNewAsync("停用测试.md", Encoding.UTF8.GetBytes(Guide));
        Assert.Contains("停用测试.md", await admin.SearchSourcesAsync(GuideQuery));

        using var response = await admin.SaveMetadataAsync(id, await admin.StampAsync(id), enabled: false);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("停用测试.md", await admin.SearchSourcesAsync(GuideQuery));
    }

    [Theory]
    [InlineData("notes.pdf", "正文内容。", HttpStatusCode.UnsupportedMediaType, "文件内容与扩展名 .pdf 不符")]
    [InlineData("notes.exe", "正文内容。", HttpStatusCode.UnsupportedMediaType, "不支持的文件类型")]
    [InlineData("../../evil.txt", "正文内容。", HttpStatusCode.BadRequest, "文件名不合法")]
    [InlineData("..\\evil.txt", "正文内容。", HttpStatusCode.BadRequest, "文件名不合法")]
    [InlineData("empty.txt", "", HttpStatusCode.BadRequest, "文件为空（0 字节）")]
    public async Task Bad_uploads_are_refused_with_a_reason(string fileName, string content, HttpStatusCode status, string reason)
    {
        using var client = await factory.CreateClientAsync("Admin");

        using var response = await new CorpusAdminClient(client).UploadAsync(fileName, Encoding.UTF8.GetBytes(content));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(reason, await PageTextAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_upload_that_is_not_utf8_is_refused_with_415_and_the_advice_to_save_it_as_utf8()
    {
        using var client = await factory.CreateClientAsync("Admin");
        byte[] gbk = [0xD6, 0xD0, 0xCE, 0xC4, 0xA1, 0xA3];

        using var response = await new CorpusAdminClient(client).UploadAsync("gbk.txt", gbk);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("请用 UTF-8 编码另存", await PageTextAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_refused_with_413()
    {
        using var client = await factory.CreateClientAsync("Admin");
        var content = Encoding.UTF8.GetBytes(new string('文', (2 * 1024 * 1024 / 3) + 1));

        using var response = await new CorpusAdminClient(client).UploadAsync("big.txt", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_document_is_404()
    {
        using var client = await factory.CreateClientAsync("Admin");

        using var response = await client.GetAsync(CorpusAdminClient.DocumentPage(999_999));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_metadata_save_from_a_stale_form_is_409()
    {
        using var client = await factory.CreateClientAsync("Admin");
        var admin = new CorpusAdminClient(client);
        var id = await admin.UploadNewAsync("并发测试.md", Encoding.UTF8.GetBytes(Guide));
        var stamp = await admin.StampAsync(id);
        using var first = await admin.SaveMetadataAsync(id, stamp, enabled: true, title: "第一位管理员的标题");

        using var second = await admin.SaveMetadataAsync(id, stamp, enabled: true, title: "第二位管理员的标题");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("第一位管理员的标题", await PageTextAsync(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saved_sensitive_words_are_matched_at_once()
    {
        using var client = await factory.CreateClientAsync("Admin");

        using var response = await new CorpusAdminClient(client).PostListAsync("SensitiveWords", "wordsText", "测试敏感词\n");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("测试敏感词", factory.Services.GetRequiredService<SensitiveWordFilter>().Find("请问 测 试 敏 感 词"));
    }

    [Fact]
    public async Task A_saved_allow_list_spares_listed_words_inside_its_phrases_at_once()
    {
        using var client = await factory.CreateClientAsync("Admin");
        var admin = new CorpusAdminClient(client);
        using var words = await admin.PostListAsync("SensitiveWords", "wordsText", "测试毒品\n");

        using var response = await admin.PostListAsync("AllowedPhrases", "phrasesText", "打击测试毒品犯罪\n");

        var filter = factory.Services.GetRequiredService<SensitiveWordFilter>();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(filter.Find("开展打击测试毒品犯罪行动"));
        Assert.Equal("测试毒品", filter.Find("哪里有测试毒品"));
    }

    [Fact]
    public async Task Saved_synonyms_expand_queries_at_once()
    {
        using var client = await factory.CreateClientAsync("Admin");

        using var response = await new CorpusAdminClient(client).PostListAsync("Synonyms", "synonymsText", "服务点,便民驿站");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("便民驿站", factory.Services.GetRequiredService<QueryNormalizer>().Analyze("服务点在哪").Expansions);
    }

    // Razor encodes non-ASCII text as character references; compare what a browser shows.
    private static async Task<string> PageTextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
