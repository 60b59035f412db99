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
}
