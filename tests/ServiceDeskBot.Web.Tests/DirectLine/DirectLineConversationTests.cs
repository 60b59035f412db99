using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ServiceDeskBot.Web.Tests.DirectLine;

public sealed class DirectLineConversationTests(DirectLineServer server) : IClassFixture<DirectLineServer>
{
    [Fact]
    public async Task Start_returns_201_with_an_absolute_websocket_stream_url_carrying_the_token()
    {
        using var client = new DirectLineClient(server.CreateClient());

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineServer.Secret, """{"user":{"id":"dl_1"}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var streamUrl = new Uri(body["streamUrl"]!.GetValue<string>());
        Assert.Equal("ws", streamUrl.Scheme);
        Assert.Contains("t=" + Uri.EscapeDataString(body["token"]!.GetValue<string>()), streamUrl.Query, StringComparison.Ordinal);
        Assert.DoesNotContain(DirectLineServer.Secret, body.ToJsonString(), StringComparison.Ordinal);
        Assert.True(body["expires_in"]!.GetValue<int>() > 15 * 60);
    }

    [Fact]
    public async Task Start_sends_the_configured_welcome_with_quick_questions_as_imBack_actions()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();

        var set = await client.GetActivitiesAsync(conversationId, token);

        var welcome = Assert.Single(set["activities"]!.AsArray())!.AsObject();
        Assert.Equal("bot", welcome["from"]!["role"]!.GetValue<string>());
        Assert.Equal("欢迎使用测试助手", welcome["text"]!.GetValue<string>());
        var actions = welcome["suggestedActions"]!["actions"]!.AsArray();
        Assert.Equal(["快捷问题一", "快捷问题二"], actions.Select(a => a!["value"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.Equal("imBack", a!["type"]!.GetValue<string>()));
        Assert.Equal("1", set["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reconnect_returns_a_stream_url_resuming_from_the_watermark()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();

        var reconnected = await client.SendForJsonAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=1", token);

        Assert.Equal(conversationId, reconnected["conversationId"]!.GetValue<string>());
        Assert.Contains("watermark=1", reconnected["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(reconnected["token"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Unknown_conversation_answers_404_on_polling_and_reconnect()
    {
        using var client = new DirectLineClient(server.CreateClient());

        var polling = await DirectLineClient.StatusOfAsync(client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope/activities", DirectLineServer.Secret));
        var reconnect = await DirectLineClient.StatusOfAsync(client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope", DirectLineServer.Secret));
        var posting = await DirectLineClient.StatusOfAsync(client.SendAsync(
            HttpMethod.Post, "/v3/directline/conversations/nope/activities", DirectLineServer.Secret, DirectLineClient.UserMessage("你好", "c1")));

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [polling, reconnect, posting]);
    }

    [Fact]
    public async Task A_token_for_another_conversation_is_forbidden()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (mine, _) = await client.StartConversationAsync();
        var (_, otherToken) = await client.StartConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mine}/activities", otherToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.False(string.IsNullOrEmpty(body!["error"]!["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_expired_token_is_forbidden()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, _) = await client.StartConversationAsync();
        var expired = SignedToken(conversationId, DateTimeOffset.UtcNow.AddMinutes(-1));

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", expired);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_the_right_key_and_future_expiry_is_accepted()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, _) = await client.StartConversationAsync();
        var handMade = SignedToken(conversationId, DateTimeOffset.UtcNow.AddMinutes(5));

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", handMade);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_tampered_token_is_forbidden()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", tampered);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Upload_is_refused_plainly_with_400()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId=dl_1", token, "{}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("NotSupported", body!["error"]!["code"]!.GetValue<string>());
    }

    // Built independently of the server's code from the documented format, with the key the test host is given.
    private static string SignedToken(string conversationId, DateTimeOffset expiresAt)
    {
        var payload = Encoding.UTF8.GetBytes($"{conversationId}|{expiresAt.ToUnixTimeSeconds()}");
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(DirectLineServer.SigningKey, payload));
    }
}
