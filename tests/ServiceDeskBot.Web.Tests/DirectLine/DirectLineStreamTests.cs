using System.Net;
using System.Net.WebSockets;

namespace ServiceDeskBot.Web.Tests.DirectLine;

public sealed class DirectLineStreamTests(DirectLineServer server) : IClassFixture<DirectLineServer>
{
    [Fact]
    public async Task Stream_replays_the_welcome_then_pushes_the_echo_and_the_bot_reply()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var started = await client.SendForJsonAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineServer.Secret);
        var conversationId = started["conversationId"]!.GetValue<string>();
        var token = started["token"]!.GetValue<string>();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), CancellationToken.None);
        var stream = new ActivityStreamReader(socket);
        var replayed = await stream.ReadUntilAsync(a => a["text"]?.GetValue<string>() == "欢迎使用测试助手");

        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage("流式问题", "c-s"));

        var pushed = await stream.ReadUntilAsync(a => DirectLineClient.IsBotReplyTo(a, id));
        Assert.Single(replayed);
        var echo = Assert.Single(pushed, a => a["id"]!.GetValue<string>() == id);
        Assert.Equal("c-s", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stream_sends_empty_keep_alive_frames_and_tolerates_the_clients_empty_frames()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var started = await client.SendForJsonAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineServer.Secret);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), CancellationToken.None);
        var stream = new ActivityStreamReader(socket);
        await stream.ReadUntilAsync(a => a["from"]!["role"]!.GetValue<string>() == "bot");

        await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        using var patience = new CancellationTokenSource(DirectLineClient.PatienceForBotTurn);
        var frame = await stream.ReadFrameAsync(patience.Token);

        Assert.Equal("", frame);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task Stream_opened_after_a_reconnect_resumes_after_the_watermark()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage("续传问题", "c-rc"));
        await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, id));
        var reconnected = await client.SendForJsonAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=1", token);
        using var socket = new ClientWebSocket();

        await socket.ConnectAsync(new Uri(reconnected["streamUrl"]!.GetValue<string>()), CancellationToken.None);

        var activities = await new ActivityStreamReader(socket).ReadUntilAsync(a => DirectLineClient.IsBotReplyTo(a, id));
        Assert.Equal(id, activities[0]["id"]!.GetValue<string>());
        Assert.DoesNotContain(activities, a => a["text"]?.GetValue<string>() == "欢迎使用测试助手");
    }

    [Fact]
    public async Task Stream_with_a_token_for_another_conversation_is_refused_with_403()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (mine, _) = await client.StartConversationAsync();
        var other = await client.SendForJsonAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineServer.Secret);
        var foreignUrl = other["streamUrl"]!.GetValue<string>().Replace(other["conversationId"]!.GetValue<string>(), mine, StringComparison.Ordinal);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(foreignUrl), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    [Fact]
    public async Task Stream_from_a_foreign_origin_is_refused_with_403()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var started = await client.SendForJsonAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineServer.Secret);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", "https://evil.example");

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }
}
