using System.Text.Json.Nodes;

namespace ServiceDeskBot.Web.Tests.DirectLine;

/// <summary>What the widget posts after a thumbs-down: the same feedback event, its action's result the reason and comment.</summary>
public sealed class DirectLineFeedbackReasonTests(DirectLineServer server) : IClassFixture<DirectLineServer>
{
    [Fact]
    public async Task A_chosen_reason_and_comment_reach_the_feedback_store_as_one_comment()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token, dislikeId) = await AnswerAsync(client, "c-reason");

        await client.PostAsync(conversationId, token, ReasonEvent(dislikeId, "outdated", "  这是去年的规定  "));

        var recorded = await EventuallyAsync(() => server.Feedback.Recorded.FirstOrDefault(r => r.Comment?.StartsWith("信息过时", StringComparison.Ordinal) == true));
        Assert.Equal((ScriptedAnswerService.AskId, false, "信息过时：这是去年的规定"), (recorded.AskId, recorded.Helpful, recorded.Comment));
    }

    [Fact]
    public async Task A_reason_without_a_comment_is_stored_on_its_own()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token, dislikeId) = await AnswerAsync(client, "c-reason-only");

        await client.PostAsync(conversationId, token, ReasonEvent(dislikeId, "unclear", ""));

        var recorded = await EventuallyAsync(() => server.Feedback.Recorded.FirstOrDefault(r => r.Comment == "看不懂"));
        Assert.Equal((ScriptedAnswerService.AskId, false, "看不懂"), (recorded.AskId, recorded.Helpful, recorded.Comment));
    }

    [Fact]
    public async Task An_unknown_reason_is_dropped_and_the_comment_kept()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token, dislikeId) = await AnswerAsync(client, "c-reason-unknown");

        await client.PostAsync(conversationId, token, ReasonEvent(dislikeId, "<script>", "只有补充说明"));

        var recorded = await EventuallyAsync(() => server.Feedback.Recorded.FirstOrDefault(r => r.Comment?.Contains("只有补充说明", StringComparison.Ordinal) == true));
        Assert.Equal((ScriptedAnswerService.AskId, false, "只有补充说明"), (recorded.AskId, recorded.Helpful, recorded.Comment));
    }

    [Fact]
    public async Task A_phone_number_in_the_comment_is_masked_before_the_event_is_stored()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token, dislikeId) = await AnswerAsync(client, "c-reason-pii");

        var eventId = await client.PostAsync(conversationId, token, ReasonEvent(dislikeId, "other", "请回电13812345678"));

        var stored = await client.PollForAsync(conversationId, token, a => a["id"]?.GetValue<string>() == eventId);
        var comment = stored["value"]!["result"]!["reviewBody"]!.GetValue<string>();
        Assert.DoesNotContain("13812345678", comment, StringComparison.Ordinal);
        Assert.Contains("138****5678", comment, StringComparison.Ordinal);
    }

    private static async Task<(string ConversationId, string Token, string DislikeId)> AnswerAsync(DirectLineClient client, string clientActivityId)
    {
        var (conversationId, token) = await client.StartConversationAsync();
        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage("反馈原因问题", clientActivityId));
        var reply = await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, id));
        return (conversationId, token, reply["entities"]![0]!["potentialAction"]![1]!["@id"]!.GetValue<string>());
    }

    // What chat.js posts through Web Chat's WEB_CHAT/SEND_EVENT.
    private static string ReasonEvent(string dislikeId, string reason, string comment) => new JsonObject
    {
        ["type"] = "event",
        ["name"] = "webchat:activity-status/feedback",
        ["from"] = new JsonObject { ["id"] = "dl_citizen", ["role"] = "user" },
        ["channelData"] = new JsonObject { ["clientActivityID"] = "reason-" + reason },
        ["value"] = new JsonObject
        {
            ["@type"] = "DislikeAction",
            ["@id"] = dislikeId,
            ["result"] = new JsonObject { ["@type"] = "Review", ["reviewAspect"] = reason, ["reviewBody"] = comment },
        },
    }.ToJsonString();

    private static Task<T> EventuallyAsync<T>(Func<T> probe) => DirectLineClient.EventuallyAsync(() => Task.FromResult(probe()));
}
