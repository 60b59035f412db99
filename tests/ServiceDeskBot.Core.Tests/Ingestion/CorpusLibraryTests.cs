using System.Text;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Tests.Ingestion;

public sealed class CorpusLibraryTests
{
    [Fact]
    public async Task Preview_of_a_markdown_upload_shows_headings_without_markup_and_passages_with_ids()
    {
        await using var host = await CorpusTestHost.StartAsync();

        var check = await host.Library.CheckAsync(CorpusTexts.GuideFileName, Encoding.UTF8.GetBytes(CorpusTexts.Guide), null, CancellationToken.None);
        var preview = host.Library.Preview(check.FileName!, check.Text!);

        Assert.True(check.IsAccepted, check.Error);
        Assert.Equal("青禾驿站便民服务指南", preview.Document.Title);
        Assert.Equal(["青禾驿站便民服务指南", "一、服务地点", "二、办理材料"], preview.Headings);
        Assert.DoesNotContain(preview.Passages, p => p.Text.Contains('#', StringComparison.Ordinal) || p.Text.Contains("**", StringComparison.Ordinal));
        Assert.Contains(preview.Passages, p => p.Section == "二、办理材料" && p.Text.Contains("委托书", StringComparison.Ordinal));
        Assert.All(preview.Passages, p => Assert.Equal(16, p.Id.Length));
    }

    [Fact]
    public async Task An_uploaded_document_is_searchable_without_a_restart()
    {
        await using var host = await CorpusTestHost.StartAsync();
        Assert.DoesNotContain(CorpusTexts.GuideFileName, await host.SourcesFoundAsync("青禾驿站几点开放"));

        await host.UploadAsync(CorpusTexts.GuideFileName, CorpusTexts.Guide);

        Assert.Equal(CorpusTexts.GuideFileName, (await host.SourcesFoundAsync("青禾驿站几点开放"))[0]);
    }

    [Theory]
    [InlineData("notes.exe", "正文内容。", "不支持的文件类型")]
    [InlineData("notes.doc", "正文内容。", "另存为 .docx 或 PDF")]
    [InlineData("notes.pdf", "正文内容。", "文件内容与扩展名 .pdf 不符")]
    [InlineData("bad\u0007name.txt", "正文内容。", "文件名不合法")]
    [InlineData("../evil.txt", "正文内容。", "文件名不合法")]
    [InlineData("sub/evil.txt", "正文内容。", "文件名不合法")]
    [InlineData("empty.txt", "  \n ", "没有可读取的文字")]
    [InlineData("zero.pdf", "", "文件为空")]
    [InlineData("000_e189b73e6251109c.txt", "正文内容。", "同名文件")]
    public async Task Check_refuses_bad_uploads_with_a_chinese_reason(string fileName, string content, string reason)
    {
        await using var host = await CorpusTestHost.StartAsync();

        var check = await host.Library.CheckAsync(fileName, Encoding.UTF8.GetBytes(content), null, CancellationToken.None);

        Assert.False(check.IsAccepted);
        Assert.Contains(reason, check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_refuses_text_that_is_not_utf8()
    {
        await using var host = await CorpusTestHost.StartAsync();
        byte[] gbk = [0xD6, 0xD0, 0xCE, 0xC4, 0xA1, 0xA3];

        var check = await host.Library.CheckAsync("gbk.txt", gbk, null, CancellationToken.None);

        Assert.Contains("UTF-8", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_refuses_files_over_the_limit_as_too_large()
    {
        await using var host = await CorpusTestHost.StartAsync();

        var check = await host.Library.CheckAsync("big.txt", new byte[(2 * 1024 * 1024) + 1], null, CancellationToken.None);

        Assert.Equal(UploadProblem.TooLarge, check.Problem);
    }

    [Fact]
    public async Task Disabling_a_document_removes_it_from_search_results_at_once()
    {
        await using var host = await CorpusTestHost.StartAsync();
        var document = await host.UploadAsync(CorpusTexts.GuideFileName, CorpusTexts.Guide);

        var outcome = await host.Library.UpdateAsync(document.Id, Edit(document, enabled: false), "admin", CancellationToken.None);

        Assert.Equal(CorpusEditOutcome.Saved, outcome);
        Assert.DoesNotContain(CorpusTexts.GuideFileName, await host.SourcesFoundAsync("青禾驿站几点开放"));
    }

    [Fact]
    public async Task A_document_drops_out_of_search_at_midnight_after_its_expiry_date_without_a_rebuild()
    {
        await using var host = await CorpusTestHost.StartAsync();
        var document = await host.UploadAsync(CorpusTexts.GuideFileName, CorpusTexts.Guide);
        await host.Library.UpdateAsync(document.Id, Edit(document, expiresOn: new DateOnly(2026, 3, 1)), "admin", CancellationToken.None);
        var indexBefore = host.Retriever.Index;
        Assert.Contains(CorpusTexts.GuideFileName, await host.SourcesFoundAsync("青禾驿站几点开放"));

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 16, 0, 1, TimeSpan.Zero));

        Assert.Same(indexBefore, host.Retriever.Index);
        Assert.DoesNotContain(CorpusTexts.GuideFileName, await host.SourcesFoundAsync("青禾驿站几点开放"));
    }

    [Fact]
    public async Task A_title_override_is_indexed_and_cited()
    {
        await using var host = await CorpusTestHost.StartAsync();
        var document = await host.UploadAsync(CorpusTexts.GuideFileName, CorpusTexts.Guide);

        await host.Library.UpdateAsync(document.Id, Edit(document, title: "示例街道便民驿站须知"), "admin", CancellationToken.None);

        var hit = (await host.Retriever.SearchAsync("青禾驿站几点开放", 1, CancellationToken.None))[0];
        Assert.Equal("示例街道便民驿站须知", hit.Passage.Title);
    }

    [Fact]
    public async Task A_metadata_save_from_a_stale_revision_is_a_conflict()
    {
        await using var host = await CorpusTestHost.StartAsync();
        var document = await host.UploadAsync(CorpusTexts.GuideFileName, CorpusTexts.Guide);
        await host.Library.UpdateAsync(document.Id, Edit(document, title: "第一次修改"), "admin", CancellationToken.None);

        var outcome = await host.Library.UpdateAsync(document.Id, Edit(document, title: "基于旧版本的修改"), "admin", CancellationToken.None);

        Assert.Equal(CorpusEditOutcome.Conflict, outcome);
        Assert.Equal("第一次修改", (await host.Library.FindAsync(document.Id, CancellationToken.None))!.Document.TitleOverride);
    }

    [Fact]
    public async Task Rebuilding_while_searches_run_never_fails_a_search()
    {
        await using var host = await CorpusTestHost.StartAsync();
        using var stop = new CancellationTokenSource();
        var searches = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var counts = new List<int>();
            while (!stop.IsCancellationRequested)
            {
                counts.Add((await host.Retriever.SearchAsync("中原区技术合同成交额", 3, CancellationToken.None)).Count);
            }

            return counts;
        })).ToList();

        await host.Library.RebuildAsync("admin-test", CancellationToken.None);
        await host.Library.RebuildAsync("admin-test", CancellationToken.None);
        await stop.CancelAsync();
        var results = await Task.WhenAll(searches);

        Assert.All(results, counts => Assert.All(counts, c => Assert.Equal(3, c)));
        Assert.All(results, Assert.NotEmpty);
    }

    private static CorpusDocumentEdit Edit(
        CorpusDocument document, bool enabled = true, DateOnly? expiresOn = null, string? title = null) =>
        new(title, "示例街道办事处", "示街发〔2026〕1号", null, expiresOn, enabled, document.ConcurrencyStamp);
}
