using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Web.Features.DirectLine;

namespace ServiceDeskBot.Web.Tests.DirectLine;

public sealed class DirectLineActivityTests(DirectLineServer server) : IClassFixture<DirectLineServer>
{
    [Fact]
    public async Task Posted_message_is_echoed_with_server_id_timestamp_and_unchanged_channelData()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();

        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage("办理居住证需要什么材料？", "client-42"));

        var echo = await client.PollForAsync(conversationId, token, a => a["id"]?.GetValue<string>() == id);
        Assert.Equal("client-42", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("2026-01-01T00:00:00.000Z", echo["channelData"]!["clientTimestamp"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.Equal("dl_citizen", echo["from"]!["id"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", echo["timestamp"]!.GetValue<string>());
    }

    [Fact]
    public async Task Activities_come_in_a_stable_order_with_strictly_increasing_timestamps_and_string_watermarks()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var first = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage("第一个问题", "c-1"));
        await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, first));
        var second = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage("第二个问题", "c-2"));
        await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, second));

        var set = await client.GetActivitiesAsync(conversationId, token);
        var again = await client.GetActivitiesAsync(conversationId, token);

        var activities = set["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        var timestamps = activities.Select(a => DateTimeOffset.Parse(a["timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToList();
        Assert.All(timestamps.Zip(timestamps.Skip(1)), pair => Assert.True(pair.Second > pair.First));
        Assert.Equal(
            activities.Select(a => a["id"]!.GetValue<string>()),
            again["activities"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        // Typing indicators are delivered live and never kept in the history.
        Assert.Equal(["message", "message", "message", "message", "message"], activities.Select(a => a["type"]!.GetValue<string>()));
        Assert.Equal(activities.Count.ToString(CultureInfo.InvariantCulture), set["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task Polling_with_a_watermark_returns_only_later_activities()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var before = await client.GetActivitiesAsync(conversationId, token);
        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage("问题", "c-w"));
        await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, id));

        var after = await client.GetActivitiesAsync(conversationId, token, before["watermark"]!.GetValue<string>());

        var ids = after["activities"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(id, ids[0]);
        Assert.DoesNotContain(before["activities"]![0]!["id"]!.GetValue<string>(), ids);
    }

    [Fact]
    public async Task A_message_gets_typing_then_a_cited_bot_reply_with_feedback_actions_and_suggestions()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var started = await client.SendForJsonAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineServer.Secret);
        var (conversationId, token) = (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), CancellationToken.None);
        var stream = new ActivityStreamReader(socket);
        await stream.ReadUntilAsync(a => a["from"]!["role"]!.GetValue<string>() == "bot");

        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage("测试问题", "c-r"));

        var seen = await stream.ReadUntilAsync(a => DirectLineClient.IsBotReplyTo(a, id));
        var reply = seen.Single(a => DirectLineClient.IsBotReplyTo(a, id));
        var typing = seen.Single(a => a["type"]!.GetValue<string>() == "typing");
        Assert.Equal(id, typing["replyToId"]!.GetValue<string>());
        Assert.True(seen.IndexOf(typing) < seen.IndexOf(reply));
        var text = reply["text"]!.GetValue<string>();
        Assert.Contains("这是测试回答[1]", text, StringComparison.Ordinal);
        Assert.Contains("[1]: cite:1 \"测试文档甲\"", text, StringComparison.Ordinal);
        Assert.Contains("[2]: cite:2 \"测试文档乙\"", text, StringComparison.Ordinal);
        var entity = reply["entities"]!.AsArray().Single()!.AsObject();
        Assert.Equal("https://schema.org/Message", entity["type"]!.GetValue<string>());
        var claim = entity["citation"]!.AsArray()[1]!;
        Assert.Equal("2", claim["position"]!.GetValue<string>());
        Assert.Equal("DigitalDocument", claim["appearance"]!["@type"]!.GetValue<string>());
        Assert.Equal("测试片段乙的正文。", claim["appearance"]!["text"]!.GetValue<string>());
        Assert.Equal(["LikeAction", "DislikeAction"], entity["potentialAction"]!.AsArray().Select(a => a!["@type"]!.GetValue<string>()));
        Assert.EndsWith(ScriptedAnswerService.AskId, entity["potentialAction"]![0]!["@id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["后续问题一", "后续问题二", "转人工"], reply["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["value"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_answer_pipeline_is_asked_with_the_conversation_as_context_on_the_webchat_channel()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();

        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage("上下文问题", "c-ctx"));
        await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, id));

        var request = Assert.Single(server.Answers.Requests, r => r.Question == "上下文问题");
        Assert.Equal(conversationId, request.ConversationId);
        Assert.Equal("webchat", request.Channel);
    }

    [Fact]
    public async Task A_feedback_event_shaped_like_web_chats_reaches_the_feedback_store_with_the_ask_id()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage("反馈问题", "c-f"));
        var reply = await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, id));
        var dislike = reply["entities"]![0]!["potentialAction"]![1]!.DeepClone().AsObject();
        dislike["actionStatus"] = "ActiveActionStatus";
        var feedbackEvent = new JsonObject
        {
            ["type"] = "event",
            ["name"] = "webchat:activity-status/feedback",
            ["entities"] = new JsonArray(dislike),
            ["from"] = new JsonObject { ["id"] = "dl_citizen", ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = "c-f-event" },
        };

        var eventId = await client.PostAsync(conversationId, token, feedbackEvent.ToJsonString());

        await client.PollForAsync(conversationId, token, a => a["id"]?.GetValue<string>() == eventId);
        var recorded = await EventuallyAsync(() => server.Feedback.Recorded.FirstOrDefault(r => r.AskId == ScriptedAnswerService.AskId && !r.Helpful));
        Assert.Equal((ScriptedAnswerService.AskId, conversationId, false, (string?)null), recorded);
    }

    [Fact]
    public async Task A_feedback_form_submission_reaches_the_feedback_store_with_its_comment()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage("表单反馈问题", "c-ff"));
        var reply = await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, id));
        var submit = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "message/submitAction",
            ["replyToId"] = reply["id"]!.GetValue<string>(),
            ["value"] = new JsonObject
            {
                ["actionName"] = "feedback",
                ["actionValue"] = new JsonObject
                {
                    ["reaction"] = "like",
                    ["feedback"] = new JsonObject { ["feedbackText"] = "回答很清楚" },
                },
            },
        };

        await client.PostAsync(conversationId, token, submit.ToJsonString());

        var recorded = await EventuallyAsync(() => server.Feedback.Recorded.FirstOrDefault(r => r.Comment == "回答很清楚"));
        Assert.Equal((ScriptedAnswerService.AskId, conversationId, true, "回答很清楚"), recorded);
    }

    [Fact]
    public async Task A_handoff_reply_records_a_ticket_with_the_transcript()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();

        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage("我要找人工客服", "c-h"));
        await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, id));

        var tickets = server.Services.GetRequiredService<HandoffTicketStore>();
        var ticket = await DirectLineClient.EventuallyAsync(async () => (await tickets.ListOpenAsync(100, CancellationToken.None)).FirstOrDefault(t => t.ConversationId == conversationId));
        Assert.Equal("我要找人工客服", ticket!.Question);
        Assert.Contains("市民: 我要找人工客服", ticket.Transcript, StringComparison.Ordinal);
        Assert.Contains("机器人: 欢迎使用测试助手", ticket.Transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_activity_is_refused_with_413_and_not_stored()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var huge = DirectLineClient.UserMessage(new string('长', 40_000), "c-big");

        var status = await DirectLineClient.StatusOfAsync(client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Single((await client.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray());
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"没有类型\"}")]
    [InlineData("{\"type\":\"message\",\"text\":42}")]
    [InlineData("{\"type\":\"message\",\"text\":\"x\",\"channelData\":\"not an object\"}")]
    [InlineData("{\"type\":\"message\",\"type\":\"event\",\"text\":\"x\"}")]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":1}}")]
    [InlineData("")]
    public async Task A_malformed_activity_is_refused_with_400_and_not_stored(string body)
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();

        var status = await DirectLineClient.StatusOfAsync(client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, body));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Single((await client.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray());
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":\"abc\\ud800def\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"社保\\u0000卡\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"好\",\"channelData\":{\"clientActivityID\":\"\\udc00\"}}")]
    [InlineData("{\"type\":\"message\",\"text\":\"好\",\"from\":{\"id\":\"a\\u0000b\"}}")]
    public async Task An_activity_with_a_lone_surrogate_or_nul_anywhere_is_refused_with_400_and_not_stored(string body)
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();

        var status = await DirectLineClient.StatusOfAsync(client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, body));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Single((await client.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray());
    }

    [Fact]
    public async Task A_message_longer_than_the_ask_apis_limit_is_refused_with_400_and_not_stored()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var tooLong = DirectLineClient.UserMessage(new string('问', 501), "c-501");

        var status = await DirectLineClient.StatusOfAsync(client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, tooLong));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Single((await client.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray());
    }

    [Fact]
    public async Task A_message_of_exactly_the_limit_is_accepted()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();

        var status = await DirectLineClient.StatusOfAsync(client.SendAsync(
            HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, DirectLineClient.UserMessage(new string('问', 500), "c-500")));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Control_and_bidirectional_characters_are_removed_before_the_message_is_stored_and_asked()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();

        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage("居住证\u202e办理\u0007材料", "c-ctl"));

        var echo = await client.PollForAsync(conversationId, token, a => a["id"]?.GetValue<string>() == id);
        Assert.Equal("居住证办理材料", echo["text"]!.GetValue<string>());
        await DirectLineClient.EventuallyAsync(() => Task.FromResult(server.Answers.Requests.Any(r => r.ConversationId == conversationId) ? (object?)true : null));
        Assert.Contains(server.Answers.Requests, r => r.ConversationId == conversationId && r.Question == "居住证办理材料");
    }

    [Fact]
    public async Task A_client_cannot_post_as_the_bot()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var spoof = """{"type":"typing","from":{"id":"servicedeskbot","role":"bot"}}""";

        var id = await client.PostAsync(conversationId, token, spoof);

        var echo = await client.PollForAsync(conversationId, token, a => a["id"]?.GetValue<string>() == id);
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failing_answer_pipeline_still_gets_the_citizen_an_apology_with_the_hotline()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();

        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage(ScriptedAnswerService.FailingQuestion, "c-fail"));

        var reply = await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, id));
        Assert.Contains("12345", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("转人工", reply["suggestedActions"]!["actions"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Polling_with_an_unreadable_watermark_still_answers_200_from_the_start()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();

        var set = await client.GetActivitiesAsync(conversationId, token, "not-a-watermark");

        Assert.Single(set["activities"]!.AsArray());
        Assert.Equal("1", set["watermark"]!.GetValue<string>());
    }

    private static Task<T> EventuallyAsync<T>(Func<T> probe) => DirectLineClient.EventuallyAsync(() => Task.FromResult(probe()));
}
