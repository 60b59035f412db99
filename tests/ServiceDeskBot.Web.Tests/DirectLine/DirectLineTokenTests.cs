using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ServiceDeskBot.Web.Tests.DirectLine;

public sealed class DirectLineTokenTests(DirectLineServer server) : IClassFixture<DirectLineServer>
{
    [Fact]
    public async Task Generate_with_the_secret_returns_a_token_for_a_new_conversation()
    {
        using var client = new DirectLineClient(server.CreateClient());

        var generated = await client.SendForJsonAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineServer.Secret);

        Assert.False(string.IsNullOrEmpty(generated["conversationId"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(generated["token"]!.GetValue<string>()));
        Assert.InRange(generated["expires_in"]!.GetValue<int>(), 15 * 60 + 1, 24 * 3600);
    }

    [Fact]
    public async Task Generate_without_credentials_is_refused()
    {
        using var client = new DirectLineClient(server.CreateClient());

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("MissingToken", body!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Generate_with_a_wrong_secret_is_forbidden()
    {
        using var client = new DirectLineClient(server.CreateClient());

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_returns_a_new_token_for_the_same_conversation()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();

        var refreshed = await client.SendForJsonAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);

        Assert.Equal(conversationId, refreshed["conversationId"]!.GetValue<string>());
        var activities = await client.GetActivitiesAsync(conversationId, refreshed["token"]!.GetValue<string>());
        Assert.NotEmpty(activities["activities"]!.AsArray());
    }

    [Fact]
    public async Task Anonymous_widget_token_starts_its_own_conversation_without_the_secret()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var issued = await client.SendForJsonAsync(HttpMethod.Post, "/api/directline/token", bearer: null);
        var token = issued["token"]!.GetValue<string>();

        using var started = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, """{"user":{"id":"dl_x"},"locale":"zh-CN"}""");

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = await started.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(issued["conversationId"]!.GetValue<string>(), body!["conversationId"]!.GetValue<string>());
        Assert.True(issued["expires_in"]!.GetValue<int>() > 15 * 60);
        Assert.DoesNotContain(DirectLineServer.Secret, issued.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_twice_with_the_same_token_returns_200_for_the_existing_conversation()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var issued = await client.SendForJsonAsync(HttpMethod.Post, "/api/directline/token", bearer: null);
        var token = issued["token"]!.GetValue<string>();
        await client.SendForJsonAsync(HttpMethod.Post, "/v3/directline/conversations", token);

        using var again = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var set = await client.GetActivitiesAsync(issued["conversationId"]!.GetValue<string>(), token);
        Assert.Single(set["activities"]!.AsArray());
    }
}
