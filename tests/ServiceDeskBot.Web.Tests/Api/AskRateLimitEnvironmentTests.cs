using System.Net;
using System.Net.Http.Json;
using ServiceDeskBot.Web.Tests.Nodes;

namespace ServiceDeskBot.Web.Tests.Api;

/// <summary>
/// The ask limit as an operator sets it: <c>RateLimiting__AskPermitsPerMinute</c> in the environment of the node's own
/// process (a systemd unit's <c>Environment=</c>), not in the test host's configuration.
/// </summary>
public sealed class AskRateLimitEnvironmentTests
{
    private const string Question = "中原小微企业园一期入驻了多少家智能制造企业？";

    [Fact]
    public async Task An_ask_limit_set_in_the_environment_is_the_limit_the_node_applies()
    {
        await using var node = await NodeProcess.StartAsync(new Dictionary<string, string?> { ["RateLimiting:AskPermitsPerMinute"] = "2" });
        using var client = node.CreateClient();

        var statuses = await AskAsync(client, times: 3);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task An_ask_limit_of_zero_in_the_environment_lifts_the_default_of_sixty()
    {
        await using var node = await NodeProcess.StartAsync(new Dictionary<string, string?> { ["RateLimiting:AskPermitsPerMinute"] = "0" });
        using var client = node.CreateClient();

        var statuses = await AskAsync(client, times: 70);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    private static async Task<List<HttpStatusCode>> AskAsync(HttpClient client, int times)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = Question });
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
