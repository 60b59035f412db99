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
    public async Task Answer_reply_opens_with_the_quoted_sentence_and_its_citation_number()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();
        var model = new TemplateModel
        {
            Question = "示例问题",
            Quotes = [new TemplateQuote(1, "标题甲", "第一句摘录。", "a.txt"), new TemplateQuote(2, "标题乙", "第二句摘录。", "b.txt")],
        };

        var text = await renderer.RenderAsync(TemplateKeys.Answer, model, CancellationToken.None);

        Assert.StartsWith("第一句摘录。[1]", text, StringComparison.Ordinal);
        Assert.Contains("第二句摘录。[2]", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_reply_names_a_document_quoted_twice_once_by_its_title_and_issuer_and_never_by_file_name()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();
        var model = new TemplateModel
        {
            Quotes = [new TemplateQuote(1, "标题甲", "第一句。", "000_hash.txt", "某某日报"), new TemplateQuote(2, "标题甲", "第二句。", "000_hash.txt", "某某日报")],
            Disclaimer = "以上内容摘自公开新闻报道。",
        };

        var text = await renderer.RenderAsync(TemplateKeys.Answer, model, CancellationToken.None);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "《标题甲》"));
        Assert.Contains("《标题甲》（某某日报）", text, StringComparison.Ordinal);
        Assert.DoesNotContain("000_hash", text, StringComparison.Ordinal);
        Assert.EndsWith("以上内容摘自公开新闻报道。", text, StringComparison.Ordinal);
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
    public async Task The_built_in_default_is_not_cut_off_by_the_wall_clock_budget_that_stops_a_stored_template()
    {
        var settings = new Dictionary<string, string?>(Facts) { ["Templates:RenderTimeoutMs"] = "10", ["Templates:LoopLimit"] = "100000", ["Templates:MemoryBudgetMegabytes"] = "1024" };
        await using var host = await TestDataHost.StartAsync(settings);
        var renderer = host.Get<TemplateRenderer>();
        var slow = Scriban.Template.Parse("{{ n = 0 }}{{ for i in 1..99999 }}{{ n = n + 1 }}{{ end }}{{ n }}");

        var untimed = await renderer.RenderAsync(slow, new TemplateModel(), strict: false, timed: false, CancellationToken.None);

        Assert.Equal("99999", untimed);
        await Assert.ThrowsAsync<TemplateRenderException>(() => renderer.RenderAsync(slow, new TemplateModel(), strict: false, timed: true, CancellationToken.None));
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
    public async Task Preview_stops_a_template_that_builds_large_strings_with_a_memory_error()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();

        var preview = await renderer.PreviewAsync(HostileTemplates.ManyLargeStrings(900), CancellationToken.None);

        Assert.False(preview.Succeeded);
        Assert.Contains("内存超过 4 MB", preview.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_template_over_its_memory_budget_falls_back_to_the_default()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();
        await using (var db = host.CreateDbContext())
        {
            var template = await db.AnswerTemplates.SingleAsync(t => t.Key == TemplateKeys.Greeting);
            template.Body = HostileTemplates.ManyLargeStrings(900) + "不该出现";
            await db.SaveChangesAsync();
        }

        var text = await renderer.RenderAsync(TemplateKeys.Greeting, new TemplateModel(), CancellationToken.None);

        Assert.DoesNotContain("不该出现", text, StringComparison.Ordinal);
        Assert.Contains("测试政务问答", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_that_overwrites_a_builtin_function_does_not_change_it_for_the_next_render()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();
        await renderer.PreviewAsync("{{ string.upcase = \"被改了\" }}", CancellationToken.None);

        var preview = await renderer.PreviewAsync("{{ \"abc\" | string.upcase }}", CancellationToken.None);

        Assert.Equal("ABC", preview.Output);
    }

    [Fact]
    public async Task Preview_refuses_a_string_longer_than_the_output_limit()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();

        var preview = await renderer.PreviewAsync("{{ s = \"\" | string.pad_left 30000 }}{{ s | string.size }}", CancellationToken.None);

        Assert.False(preview.Succeeded);
        Assert.Contains("20000", preview.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_of_a_hostile_template_is_an_error_whose_message_names_the_template_problem()
    {
        await using var host = await TestDataHost.StartAsync(Facts);
        var renderer = host.Get<TemplateRenderer>();

        var preview = await renderer.PreviewAsync(HostileTemplates.DoublingArray(24), CancellationToken.None);

        Assert.False(preview.Succeeded);
        Assert.StartsWith("模板运行出错", preview.Errors[0].Message, StringComparison.Ordinal);
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
        new ServiceDeskBot.Core.Storage.DataPaths(new ServiceDeskBot.Core.Storage.StorageOptions { DataDirectory = Path.GetTempPath() }, AppContext.BaseDirectory).SeedsDirectory;
}
