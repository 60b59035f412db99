using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Web.Features.DirectLine;

namespace ServiceDeskBot.Web.Tests.DirectLine;

/// <summary>Bot turns over real HTTP with the real answer pipeline behind the Direct Line server.</summary>
public sealed class DirectLineRealPipelineTests(RealPipelineServer fixture) : IClassFixture<RealPipelineServer>
{
    private const string CorpusQuestion = "中原区去年新增了几家省级工程研究中心？";
    private const string OffCorpusQuestion = "在南极科考站怎么申请养宠物许可证？";

    [Fact]
    public async Task A_corpus_question_gets_a_cited_answer_with_suggested_actions_including_handoff()
    {
        using var client = await fixture.CreateReadyClientAsync();
        var (conversationId, token) = await client.StartConversationAsync();

        var reply = await AskAsync(client, conversationId, token, CorpusQuestion);

        // The figure with its unit: a bare "4" would be found in the hotline 12345 of any reply.
        Assert.Contains("省级工程研究中心4家", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("[1]: cite:1", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var claim = reply["entities"]![0]!["citation"]!.AsArray()[0]!;
        Assert.Equal("DigitalDocument", claim["appearance"]!["@type"]!.GetValue<string>());
        Assert.Contains("工程研究中心", claim["appearance"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var actions = reply["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["value"]!.GetValue<string>()).ToList();
        Assert.Equal("转人工", actions[^1]);
    }

    [Fact]
    public async Task An_off_corpus_question_is_declined_with_the_hotline()
    {
        using var client = await fixture.CreateReadyClientAsync();
        var (conversationId, token) = await client.StartConversationAsync();

        var reply = await AskAsync(client, conversationId, token, OffCorpusQuestion);

        Assert.Contains("12345", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(reply["entities"]![0]!["citation"]!.AsArray());
    }

    [Fact]
    public async Task Asking_for_a_person_records_a_handoff_ticket_with_the_transcript()
    {
        using var client = await fixture.CreateReadyClientAsync();
        var (conversationId, token) = await client.StartConversationAsync();
        await AskAsync(client, conversationId, token, CorpusQuestion);

        var reply = await AskAsync(client, conversationId, token, BotActivityComposer.HandoffSuggestion);

        Assert.Contains("12345", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var tickets = fixture.Server.Services.GetRequiredService<HandoffTicketStore>();
        var ticket = await DirectLineClient.EventuallyAsync(async () =>
            (await tickets.ListOpenAsync(100, CancellationToken.None)).FirstOrDefault(t => t.ConversationId == conversationId));
        Assert.NotNull(ticket);
        Assert.Contains(CorpusQuestion, ticket.Transcript, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public async Task Like_or_dislike_on_an_answer_is_stored_on_its_ask_log_entry(int actionIndex, bool helpful)
    {
        using var client = await fixture.CreateReadyClientAsync();
        var (conversationId, token) = await client.StartConversationAsync();
        var reply = await AskAsync(client, conversationId, token, CorpusQuestion);
        var action = reply["entities"]![0]!["potentialAction"]![actionIndex]!.DeepClone().AsObject();
        var askId = action["@id"]!.GetValue<string>()[BotActivityComposer.AskIdPrefix.Length..];
        action["actionStatus"] = "ActiveActionStatus";

        await client.PostAsync(conversationId, token, FeedbackEvent(action));

        var askLog = fixture.Server.Services.GetRequiredService<AskLog>();
        var entry = await DirectLineClient.EventuallyAsync(async () =>
            await askLog.FindAsync(askId, CancellationToken.None) is { Feedback: not null } found ? found : null);
        Assert.NotNull(entry);
        Assert.Equal(helpful, entry.Feedback);
        Assert.Equal(conversationId, entry.ConversationId);
        Assert.Equal("webchat", entry.Channel);
    }

    [Fact]
    public async Task A_feedback_event_from_another_conversation_cannot_rate_an_ask()
    {
        using var client = await fixture.CreateReadyClientAsync();
        var (victimConversation, victimToken) = await client.StartConversationAsync();
        var reply = await AskAsync(client, victimConversation, victimToken, CorpusQuestion);
        var action = reply["entities"]![0]!["potentialAction"]![1]!.DeepClone().AsObject();
        var askId = action["@id"]!.GetValue<string>()[BotActivityComposer.AskIdPrefix.Length..];
        action["actionStatus"] = "ActiveActionStatus";
        var (attackerConversation, attackerToken) = await client.StartConversationAsync();

        var eventId = await client.PostAsync(attackerConversation, attackerToken, FeedbackEvent(action));
        await client.PollForAsync(attackerConversation, attackerToken, a => a["id"]?.GetValue<string>() == eventId);
        var ownAction = reply["entities"]![0]!["potentialAction"]![0]!.DeepClone().AsObject();
        ownAction["actionStatus"] = "ActiveActionStatus";
        await client.PostAsync(victimConversation, victimToken, FeedbackEvent(ownAction));

        var askLog = fixture.Server.Services.GetRequiredService<AskLog>();
        var entry = await DirectLineClient.EventuallyAsync(async () =>
            await askLog.FindAsync(askId, CancellationToken.None) is { Feedback: not null } found ? found : null);
        Assert.True(entry!.Feedback);
        Assert.Equal(victimConversation, entry.ConversationId);
        Assert.Matches("^[A-Za-z0-9_-]{22}$", askId);
    }

    private static async Task<JsonObject> AskAsync(DirectLineClient client, string conversationId, string token, string question)
    {
        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage(question, "c-" + Guid.NewGuid().ToString("N")));
        return await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, id));
    }

    private static string FeedbackEvent(JsonObject action) => new JsonObject
    {
        ["type"] = "event",
        ["name"] = "webchat:activity-status/feedback",
        ["entities"] = new JsonArray(action),
        ["from"] = new JsonObject { ["id"] = "dl_citizen", ["role"] = "user" },
        ["channelData"] = new JsonObject { ["clientActivityID"] = "c-feedback-" + Guid.NewGuid().ToString("N") },
    }.ToJsonString();
}
