using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Web.Tests.Console;

namespace ServiceDeskBot.Web.Tests.Admin;

/// <summary>对话日志: conversations filtered by their turns, each linking to its transcript.</summary>
public sealed class ConversationLogTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    private static readonly Uri Log = new("/Admin/Conversations", UriKind.Relative);

    [Fact]
    public async Task The_log_lists_citizen_conversations_by_default_with_a_link_to_each_transcript()
    {
        var citizen = await SeedAsync("webchat", ("公积金贷款额度是多少", IntentLabels.Question, true, null));
        var console = await SeedAsync("console", ("工作台里的测试问题", IntentLabels.Question, true, null));
        using var admin = await factory.CreateClientAsAsync("admin-3", "Admin");

        var html = await admin.GetStringAsync(Log);

        Assert.Contains($"href=\"/console/conversations/{citizen}\"", html, StringComparison.Ordinal);
        Assert.Contains("公积金贷款额度是多少", html, StringComparison.Ordinal);
        Assert.DoesNotContain(console, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_by_disliked_feedback_keeps_only_conversations_with_a_disliked_turn()
    {
        var disliked = await SeedAsync("webchat", ("办证要带什么材料", IntentLabels.Question, true, false), ("谢谢", IntentLabels.Thanks, true, null));
        var liked = await SeedAsync("webchat", ("营业时间是几点", IntentLabels.Question, true, true));
        using var admin = await factory.CreateClientAsAsync("admin-3", "Admin");

        var html = await admin.GetStringAsync(new Uri(Log + "?Filter.Feedback=disliked", UriKind.Relative));

        Assert.Contains(disliked, html, StringComparison.Ordinal);
        Assert.DoesNotContain(liked, html, StringComparison.Ordinal);
        Assert.Contains("差评 1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_by_intent_and_outcome_keeps_only_matching_conversations()
    {
        var complaint = await SeedAsync("webchat", ("我要投诉窗口", IntentLabels.Complaint, false, null));
        var question = await SeedAsync("webchat", ("社保怎么交", IntentLabels.Question, false, null));
        using var admin = await factory.CreateClientAsAsync("admin-3", "Admin");

        var html = await admin.GetStringAsync(new Uri(Log + "?Filter.Intent=complaint&Filter.Outcome=unanswered", UriKind.Relative));

        Assert.Contains(complaint, html, StringComparison.Ordinal);
        Assert.DoesNotContain(question, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_filter_value_is_refused_with_400()
    {
        using var admin = await factory.CreateClientAsAsync("admin-3", "Admin");

        using var response = await admin.GetAsync(new Uri(Log + "?Filter.Channel=wechat", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Staff_are_refused_the_conversation_log()
    {
        using var client = await factory.CreateStaffClientAsync();

        using var response = await client.GetAsync(Log);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Pages_list_conversations_by_their_newest_matching_turn_fifty_at_a_time()
    {
        // First turns in one order, second turns in the reverse one: the newest turn decides the order.
        var conversations = Enumerable.Range(0, 60).Select(i => $"paging-{i:D2}-" + Guid.NewGuid().ToString("N")).ToList();
        var askLog = factory.Services.GetRequiredService<AskLog>();
        foreach (var conversation in conversations.Concat(Enumerable.Reverse(conversations)))
        {
            await askLog.AppendAsync(
                new AskLogEntry { Question = "翻页测试", Intent = IntentLabels.OutOfScope, Channel = "api", ConversationId = conversation, Mode = AnswerMode.Fallback },
                CancellationToken.None);
        }

        await askLog.FlushAsync(CancellationToken.None);
        using var admin = await factory.CreateClientAsAsync("admin-3", "Admin");
        const string filter = "?Filter.Channel=api&Filter.Intent=out_of_scope";

        var first = await admin.GetStringAsync(new Uri(Log + filter, UriKind.Relative));
        var second = await admin.GetStringAsync(new Uri(Log + filter + "&Filter.Page=2", UriKind.Relative));

        Assert.Equal(conversations.Take(50), Listed(first));
        Assert.Equal(conversations.Skip(50), Listed(second));
        Assert.Contains("id=\"next-page\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"next-page\"", second, StringComparison.Ordinal);
    }

    private static List<string> Listed(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<a class=\"conversation-link\" href=\"/console/conversations/(paging-[^\"]+)\"")
            .Select(m => m.Groups[1].Value)
            .ToList();

    private async Task<string> SeedAsync(string channel, params (string Question, string Intent, bool Answered, bool? Feedback)[] turns)
    {
        var conversation = channel + "-" + Guid.NewGuid().ToString("N");
        var askLog = factory.Services.GetRequiredService<AskLog>();
        foreach (var (question, intent, answered, feedback) in turns)
        {
            await askLog.AppendAsync(
                new AskLogEntry
                {
                    Question = question, Intent = intent, Answered = answered, Feedback = feedback, Channel = channel,
                    ConversationId = conversation, Mode = AnswerMode.Template, Answer = "回复", Reason = "原因",
                },
                CancellationToken.None);
        }

        await askLog.FlushAsync(CancellationToken.None);
        return conversation;
    }
}
