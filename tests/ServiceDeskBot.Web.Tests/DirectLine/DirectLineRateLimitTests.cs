using System.Net;

namespace ServiceDeskBot.Web.Tests.DirectLine;

public sealed class DirectLineRateLimitTests
{
    [Fact]
    public async Task A_flood_of_token_requests_from_one_address_gets_429()
    {
        using var server = new DirectLineServer(new Dictionary<string, string?> { ["DirectLine:TokenRequestsPerWindow"] = "3" });
        using var client = new DirectLineClient(server.CreateClient());

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add(await DirectLineClient.StatusOfAsync(client.SendAsync(HttpMethod.Post, "/api/directline/token", bearer: null)));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_flood_of_posts_gets_429_while_polling_keeps_answering_200()
    {
        using var server = new DirectLineServer(new Dictionary<string, string?> { ["DirectLine:PostsPerWindow"] = "3" });
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var typing = """{"type":"typing","from":{"id":"dl_citizen"}}""";

        var postStatuses = new List<HttpStatusCode>();
        var pollStatuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            postStatuses.Add(await DirectLineClient.StatusOfAsync(
                client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, typing)));
            pollStatuses.Add(await DirectLineClient.StatusOfAsync(
                client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=1", token)));
        }

        Assert.Equal(3, postStatuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, postStatuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.All(pollStatuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task A_flood_of_garbage_tokens_at_a_conversation_does_not_silence_its_owner()
    {
        using var server = new DirectLineServer(new Dictionary<string, string?> { ["DirectLine:PostsPerWindow"] = "3" });
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var typing = """{"type":"typing","from":{"id":"dl_citizen"}}""";
        for (var i = 0; i < 30; i++)
        {
            using var _ = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", "garbage-" + i, typing);
        }

        var owner = await DirectLineClient.StatusOfAsync(
            client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, typing));

        Assert.Equal(HttpStatusCode.OK, owner);
    }

    [Fact]
    public async Task A_flood_of_garbage_tokens_is_limited_per_client_address()
    {
        using var server = new DirectLineServer(new Dictionary<string, string?> { ["DirectLine:PostsPerWindow"] = "3" });
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, _) = await client.StartConversationAsync();
        var typing = """{"type":"typing","from":{"id":"dl_citizen"}}""";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add(await DirectLineClient.StatusOfAsync(
                client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", "garbage-" + i, typing)));
        }

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_rate_limited_post_says_when_to_retry()
    {
        using var server = new DirectLineServer(new Dictionary<string, string?> { ["DirectLine:PostsPerWindow"] = "1" });
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var typing = """{"type":"typing","from":{"id":"dl_citizen"}}""";
        using var first = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, typing);

        using var second = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, typing);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.InRange(second.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Contains("TooManyRequests", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
