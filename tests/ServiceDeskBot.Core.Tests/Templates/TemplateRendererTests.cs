using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Templates;
using ServiceDeskBot.Core.Tests.Data;

namespace ServiceDeskBot.Core.Tests.Templates;

public sealed class TemplateRendererTests
{
    private static readonly Dictionary<string, string?> Facts = new()
    {
        ["ServiceDesk:Hotline"] = "0371-12345",
        ["ServiceDesk:WindowAddress"] = "测试区政务服务中心三楼",
        ["ServiceDesk:OfficeHours"] = "周一至周五 8:30-17:30",
        ["ServiceDesk:SiteName"] = "测试政务问答",
    };

    [Fact]
    public async Task No_answer_reply_points_to_the_configured_hotline_window_and_hours()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();

        var text = await renderer.RenderAsync(TemplateKeys.NoAnswer, new TemplateModel { Question = "火星上能办护照吗" }, CancellationToken.None);

        Assert.Contains("0371-12345", text, StringComparison.Ordinal);
        Assert.Contains("测试区政务服务中心三楼", text, StringComparison.Ordinal);
        Assert.Contains("周一至周五 8:30-17:30", text, StringComparison.Ordinal);
        Assert.Contains("火星上能办护照吗", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_reply_quotes_each_sentence_with_its_headline_and_numbered_citation()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();
        var model = new TemplateModel
        {
            Question = "示例问题",
            Quotes =
            [
                new TemplateQuote(1, "标题甲", "第一句摘录。", "a.txt"),
                new TemplateQuote(2, "标题乙", "第二句摘录。", "b.txt"),
            ],
        };

        var text = await renderer.RenderAsync(TemplateKeys.Answer, model, CancellationToken.None);

        Assert.Contains("《标题甲》：“第一句摘录。”[1]", text, StringComparison.Ordinal);
        Assert.Contains("《标题乙》：“第二句摘录。”[2]", text, StringComparison.Ordinal);
        Assert.Contains("[2] 《标题乙》（b.txt）", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intent_replies_use_the_service_desk_facts()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();

        var greeting = await renderer.RenderAsync(TemplateKeys.Greeting, new TemplateModel(), CancellationToken.None);
        var handoff = await renderer.RenderAsync(TemplateKeys.Handoff, new TemplateModel(), CancellationToken.None);

        Assert.Contains("测试政务问答", greeting, StringComparison.Ordinal);
        Assert.Contains("0371-12345", handoff, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TemplateKeys.Handoff)]
    [InlineData(TemplateKeys.NoAnswer)]
    [InlineData(TemplateKeys.Complaint)]
    [InlineData(TemplateKeys.OutOfScope)]
    public async Task Replies_that_name_the_hotline_give_it_as_a_tel_link(string key)
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();

        var text = await renderer.RenderAsync(key, new TemplateModel { Question = "问题" }, CancellationToken.None);

        Assert.Contains("[0371-12345](tel:0371-12345)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_tag_in_the_question_renders_inert()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();

        var text = await renderer.RenderAsync(TemplateKeys.NoAnswer, new TemplateModel { Question = "<script>alert(1)</script>" }, CancellationToken.None);

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">", text, StringComparison.Ordinal);
        Assert.Contains("script", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_markdown_link_in_the_question_cannot_become_a_link()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();

        var text = await renderer.RenderAsync(TemplateKeys.NoAnswer, new TemplateModel { Question = "点[这里](http://evil.example)领取补贴" }, CancellationToken.None);

        // The reply's one link is the hotline's own tel: link; the question's brackets are full-width look-alikes.
        Assert.Single(text.Split("](")[1..]);
        Assert.Contains("](tel:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[这里]", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_edit_to_a_template_is_used_on_the_next_render()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();
        var before = await renderer.RenderAsync(TemplateKeys.Thanks, new TemplateModel(), CancellationToken.None);
        await using (var db = host.CreateDbContext())
        {
            var template = await db.AnswerTemplates.SingleAsync(t => t.Key == TemplateKeys.Thanks);
            template.Body = "感谢使用{{ site_name }}。";
            await db.SaveChangesAsync();
        }

        var after = await renderer.RenderAsync(TemplateKeys.Thanks, new TemplateModel(), CancellationToken.None);

        Assert.NotEqual(before, after);
        Assert.Equal("感谢使用测试政务问答。", after);
    }

    [Fact]
    public async Task A_stored_template_that_loops_forever_is_stopped_and_the_default_answers_instead()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();
        await using (var db = host.CreateDbContext())
        {
            var template = await db.AnswerTemplates.SingleAsync(t => t.Key == TemplateKeys.Greeting);
            template.Body = "{{ while true }}x{{ end }}";
            await db.SaveChangesAsync();
        }

        var text = await renderer.RenderAsync(TemplateKeys.Greeting, new TemplateModel(), CancellationToken.None);

        Assert.Contains("测试政务问答", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xxx", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_reports_an_infinite_loop_as_an_error()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();

        var preview = await renderer.PreviewAsync("开始\n{{ while true }}{{ end }}", CancellationToken.None);

        Assert.False(preview.Succeeded);
        Assert.Null(preview.Output);
        Assert.Equal(2, preview.Errors[0].Line);
    }

    [Fact]
    public async Task Preview_renders_with_sample_values_and_reports_unknown_variables()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();

        var good = await renderer.PreviewAsync("{{ site_name }}：{{ quotes[0].title }}", CancellationToken.None);
        var typo = await renderer.PreviewAsync("请拨打 {{ hotlin }}", CancellationToken.None);

        Assert.Equal("测试政务问答：示例文章标题", good.Output);
        Assert.False(typo.Succeeded);
    }

    [Fact]
    public void Validate_reports_a_syntax_error_with_its_line_and_column()
    {
        var errors = TemplateCompiler.Validate("第一行\n第二行 {{ for q in quotes }}{{ q.text ");

        var error = Assert.Single(errors.Take(1));
        Assert.Equal(2, error.Line);
        Assert.True(error.Column > 1);
        Assert.Contains("第 2 行", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_default_template_file_parses()
    {
        var directory = Path.Combine(FindSeeds(), "templates");

        var problems = TemplateKeys.All
            .SelectMany(key => TemplateCompiler.Validate(File.ReadAllText(Path.Combine(directory, key + TemplateRenderer.FileExtension))))
            .ToList();

        Assert.Empty(problems);
    }

    private static string FindSeeds() =>
        new Storage.DataPaths(new Storage.StorageOptions { DataDirectory = Path.GetTempPath() }, AppContext.BaseDirectory).SeedsDirectory;
}
