using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using ServiceDeskBot.Web.Features.DirectLine;

namespace ServiceDeskBot.Web.Tests.DirectLine;

/// <summary>Web Chat livestreaming: typing chunks with the text so far, then a final message that replaces them.</summary>
public sealed class DirectLineLivestreamTests(LivestreamServer fixture) : IClassFixture<LivestreamServer>
{
    private StreamingAnswerService Answers => fixture.Answers;

    [Fact]
    public async Task A_streamed_answer_arrives_as_chunks_with_increasing_sequence_and_one_stream_id_then_a_final_message()
    {
        using var client = new DirectLineClient(fixture.Server.CreateClient());
        var started = await client.SendForJsonAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineServer.Secret);
        var conversationId = started["conversationId"]!.GetValue<string>();
        var token = started["token"]!.GetValue<string>();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), CancellationToken.None);
        var stream = new ActivityStreamReader(socket);
        await stream.ReadUntilAsync(a => a["from"]!["role"]!.GetValue<string>() == "bot");

        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage(StreamingAnswerService.StreamedQuestion, "c-ls"));
        var seen = await stream.ReadUntilAsync(a => StreamSequence(a) == 1);
        Answers.Gate.Release();
        seen.AddRange(await stream.ReadUntilAsync(a => StreamSequence(a) == 2));
        Answers.Gate.Release();
        seen.AddRange(await stream.ReadUntilAsync(a => DirectLineClient.IsBotReplyTo(a, id)));

        var chunks = seen.Where(IsStreamChunk).ToList();
        Assert.Equal([1, 2], chunks.Select(StreamSequence));
        Assert.All(chunks, c => Assert.Equal(id, c["replyToId"]!.GetValue<string>()));
        Assert.Null(chunks[0]["channelData"]!["streamId"]);
        var streamId = chunks[0]["id"]!.GetValue<string>();
        Assert.Equal(streamId, chunks[1]["channelData"]!["streamId"]!.GetValue<string>());
        Assert.Equal(
            [StreamingAnswerService.Deltas[0] + StreamingAnswerService.Deltas[1], string.Concat(StreamingAnswerService.Deltas)],
            chunks.Select(c => c["text"]!.GetValue<string>()));
        var final = seen.Single(a => DirectLineClient.IsBotReplyTo(a, id));
        Assert.Equal("final", final["channelData"]!["streamType"]!.GetValue<string>());
        Assert.Equal(streamId, final["channelData"]!["streamId"]!.GetValue<string>());
        Assert.StartsWith(string.Concat(StreamingAnswerService.Deltas), final["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("流式测试文档", final["entities"]![0]!["citation"]![0]!["appearance"]!["name"]!.GetValue<string>());
        Assert.Equal(["下一个问题", "转人工"], final["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["value"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Polling_shows_stream_chunks_while_streaming_and_none_once_the_final_message_is_stored()
    {
        using var client = new DirectLineClient(fixture.Server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage(StreamingAnswerService.StreamedQuestion, "c-lp"));
        var chunk = await client.PollForAsync(conversationId, token, IsStreamChunk);

        Answers.Gate.Release(2);
        await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, id));
        var history = await client.GetActivitiesAsync(conversationId, token);

        Assert.Equal(id, chunk["replyToId"]!.GetValue<string>());
        var activities = history["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.DoesNotContain(activities, IsStreamChunk);
        Assert.DoesNotContain(activities, a => a["id"]!.GetValue<string>() == chunk["id"]!.GetValue<string>());
        Assert.Equal(["message", "message", "message"], activities.Select(a => a["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Stream_chunks_and_typing_never_reach_the_database()
    {
        using var client = new DirectLineClient(fixture.Server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage(StreamingAnswerService.StreamedQuestion, "c-ldb"));
        await client.PollForAsync(conversationId, token, IsStreamChunk);

        Answers.Gate.Release(2);
        await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, id));

        await using var db = await fixture.Server.Services
            .GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ServiceDeskBot.Core.DirectLine.DirectLineDbContext>>()
            .CreateDbContextAsync();
        var stored = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Activities.Where(a => a.ConversationId == conversationId));
        Assert.Equal(["message", "message", "message"], stored.OrderBy(a => a.Sequence).Select(a => a.Type));
    }

    [Fact]
    public async Task A_stream_that_fails_verification_ends_with_a_final_message_carrying_the_replacement_text()
    {
        using var client = new DirectLineClient(fixture.Server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        Answers.Gate.Release(2);

        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage(StreamingAnswerService.RevisedQuestion, "c-lr"));

        var final = await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, id));
        var text = final["text"]!.GetValue<string>();
        Assert.StartsWith(StreamingAnswerService.Replacement, text, StringComparison.Ordinal);
        Assert.DoesNotContain(StreamingAnswerService.Deltas[2], text, StringComparison.Ordinal);
        Assert.Equal("final", final["channelData"]!["streamType"]!.GetValue<string>());
        Assert.NotNull(final["channelData"]!["streamId"]);
        var history = await client.GetActivitiesAsync(conversationId, token);
        Assert.DoesNotContain(history["activities"]!.AsArray().Select(a => a!.AsObject()), IsStreamChunk);
    }

    [Fact]
    public async Task A_one_delta_answer_keeps_the_plain_typing_then_message_shape()
    {
        using var client = new DirectLineClient(fixture.Server.CreateClient());
        var started = await client.SendForJsonAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineServer.Secret);
        var conversationId = started["conversationId"]!.GetValue<string>();
        var token = started["token"]!.GetValue<string>();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), CancellationToken.None);
        var stream = new ActivityStreamReader(socket);
        await stream.ReadUntilAsync(a => a["from"]!["role"]!.GetValue<string>() == "bot");

        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage(StreamingAnswerService.WholeQuestion, "c-l1"));

        var seen = await stream.ReadUntilAsync(a => DirectLineClient.IsBotReplyTo(a, id));
        var typing = seen.Single(a => a["type"]!.GetValue<string>() == "typing");
        var reply = seen.Single(a => DirectLineClient.IsBotReplyTo(a, id));
        Assert.Equal(id, typing["replyToId"]!.GetValue<string>());
        Assert.Null(typing["text"]);
        Assert.Null(reply["channelData"]!["streamType"]);
        Assert.Null(reply["channelData"]!["streamId"]);
        Assert.StartsWith("一次给出的完整回答。", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static bool IsStreamChunk(JsonObject activity) =>
        activity["type"]?.GetValue<string>() == "typing"
        && activity["channelData"]?["streamType"]?.GetValue<string>() == BotActivityComposer.StreamingType;

    private static int? StreamSequence(JsonObject activity) =>
        IsStreamChunk(activity) ? activity["channelData"]!["streamSequence"]!.GetValue<int>() : null;
}
