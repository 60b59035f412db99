using System.Net;
using System.Net.Http.Json;
using ServiceDeskBot.Web.Tests.Nodes;

namespace ServiceDeskBot.Web.Tests.Api;

/// <summary>
/// The ask limit as an operator sets it: <c>RateLimiting__AskPermitsPerMinute</c> in the environment of the node's own
/// process (a systemd unit's <c>Environment=</c>), not in the test host's configuration.
/// </summary>
/// <remarks>
/// A fresh process's first ask compiles the answer pipeline, which on a loaded machine can take longer than the
/// limit's one-minute window; so each node first answers a warm-up ask from another client address (forwarded by the
/// trusted loopback proxy), and the counted asks then fall inside one window of their own client.
/// </remarks>
public sealed class AskRateLimitEnvironmentTests
{
    private const string Question = "中原小微企业园一期入驻了多少家智能制造企业？";

    [Fact]
    public async Task An_ask_limit_set_in_the_environment_is_the_limit_the_node_applies()
    {
        await using var node = await StartWarmNodeAsync(permits: "2");
        using var client = node.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add(await AskAsync(client, "10.0.0.2"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task An_ask_limit_of_zero_in_the_environment_lifts_the_default_of_sixty()
    {
        await using var node = await StartWarmNodeAsync(permits: "0");
        using var client = node.CreateClient();

        // Ten at a time, so the seventy fall well inside one minute.
        var statuses = new List<HttpStatusCode>();
        for (var batch = 0; batch < 7; batch++)
        {
            statuses.AddRange(await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => AskAsync(client, "10.0.0.3"))));
        }

        Assert.Equal(70, statuses.Count(s => s == HttpStatusCode.OK));
    }

    private static async Task<NodeProcess> StartWarmNodeAsync(string permits)
    {
        var node = await NodeProcess.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimiting:AskPermitsPerMinute"] = permits,
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        });
        try
        {
            using var client = node.CreateClient();
            Assert.Equal(HttpStatusCode.OK, await AskAsync(client, "10.0.0.1"));
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    private static async Task<HttpStatusCode> AskAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/ask", UriKind.Relative))
        {
            Content = JsonContent.Create(new { question = Question }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
