using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Web.Tests.Console;

/// <summary>A citizen's conversation read back in the console, and the reply Markdown rendered safely.</summary>
public sealed class ConversationPageTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task A_citizen_conversation_shows_each_turn_with_its_question_reason_intent_and_feedback()
    {
        var conversation = await SeedAsync(
            Turn("住房公积金怎么提取", "可以在网上办理。", IntentLabels.Question, "依据资料作答：最佳引文覆盖度 0.82", feedback: false, comment: "信息过时"),
            Turn("谢谢", "不客气。", IntentLabels.Thanks, "寒暄：感谢"));
        using var client = await factory.CreateStaffClientAsync();

        var html = await client.GetStringAsync(ConversationPage(conversation));

        Assert.Contains("住房公积金怎么提取", html, StringComparison.Ordinal);
        Assert.Contains("依据资料作答：最佳引文覆盖度 0.82", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"turn-intent\">感谢</span>", html, StringComparison.Ordinal);
        Assert.Contains("市民评价：没帮助（信息过时）", html, StringComparison.Ordinal);
        Assert.Contains("id=\"turn-count\">2<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_is_shown_as_markdown_with_quotes_bold_and_citation_links_instead_of_raw_markers()
    {
        var conversation = await SeedAsync(Turn("问", "根据资料：\n\n> 《办事指南》第三条 **工作日** 受理 [1]\n\n[1]: cite:1 \"办事指南\"", IntentLabels.Question, "依据资料作答"));
        using var client = await factory.CreateStaffClientAsync();

        var html = await client.GetStringAsync(ConversationPage(conversation));

        Assert.Matches("<blockquote>\\s*<p>《办事指南》第三条 <strong>工作日</strong> 受理 <a class=\"cite\" href=\"#turn-[A-Za-z0-9_-]+-cite-1\">\\[1\\]</a></p>", html);
        Assert.DoesNotContain("&gt; 《办事指南》", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cite:1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_and_script_links_in_a_reply_never_become_live_on_the_staff_page()
    {
        var conversation = await SeedAsync(Turn(
            "问",
            "<script>alert(1)</script><img src=x onerror=alert(2)> [点我](javascript:alert(3)) <a href=\"https://evil.example\" onclick=\"x()\">外链</a> [热线](tel:12345)",
            IntentLabels.Question,
            "依据资料作答"));
        using var client = await factory.CreateStaffClientAsync();

        var html = await client.GetStringAsync(ConversationPage(conversation));

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=\"https://evil.example\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;a href=", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:12345\" rel=\"noopener noreferrer\">热线</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admins_get_a_link_that_makes_a_curated_answer_from_a_turn()
    {
        var conversation = await SeedAsync(Turn("社保卡丢了怎么补办", "请到窗口补办。", IntentLabels.Question, "依据资料作答"));
        using var admin = await factory.CreateClientAsAsync("admin-7", "Admin");
        var html = await admin.GetStringAsync(ConversationPage(conversation));
        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/Admin/Curated/Edit\\?fromAsk=[^\"]+)\"").Groups[1].Value;

        var editor = await admin.GetStringAsync(new Uri(System.Net.WebUtility.HtmlDecode(link), UriKind.Relative));

        Assert.Contains("value=\"社保卡丢了怎么补办\"", editor, StringComparison.Ordinal);
        Assert.Contains("请到窗口补办。", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_do_not_get_the_curated_answer_link()
    {
        var conversation = await SeedAsync(Turn("社保卡丢了怎么补办", "请到窗口补办。", IntentLabels.Question, "依据资料作答"));
        using var client = await factory.CreateStaffClientAsync();

        var html = await client.GetStringAsync(ConversationPage(conversation));

        Assert.Contains("请到窗口补办。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fromAsk=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_conversation_answers_404()
    {
        using var client = await factory.CreateStaffClientAsync();

        using var response = await client.GetAsync(ConversationPage("no-such-conversation"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Uri ConversationPage(string conversationId) => new("/console/conversations/" + conversationId, UriKind.Relative);

    private static AskLogEntry Turn(string question, string answer, string intent, string reason, bool? feedback = null, string? comment = null) => new()
    {
        Question = question,
        Answer = answer,
        Intent = intent,
        Reason = reason,
        Channel = "webchat",
        Mode = AnswerMode.Template,
        Answered = true,
        Feedback = feedback,
        FeedbackComment = comment,
    };

    private async Task<string> SeedAsync(params AskLogEntry[] turns)
    {
        var conversation = "dl-" + Guid.NewGuid().ToString("N");
        var askLog = factory.Services.GetRequiredService<AskLog>();
        foreach (var turn in turns)
        {
            turn.ConversationId = conversation;
            await askLog.AppendAsync(turn, CancellationToken.None);
        }

        await askLog.FlushAsync(CancellationToken.None);
        return conversation;
    }
}
