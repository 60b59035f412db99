using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Api;

public sealed class AskRateLimitTests
{
    private const string Question = "中原小微企业园一期入驻了多少家智能制造企业？";

    [Fact]
    public async Task An_ask_over_the_per_minute_limit_gets_429_with_retry_after_and_problem_details()
    {
        using var app = LoopbackApp.Start(Limit(3));
        await app.WaitUntilHealthyAsync();
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await AskAsync(client, "/api/ask");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await AskAsync(client, "/api/ask");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Contains("请求过于频繁", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_ask_is_not_written_to_the_ask_log()
    {
        using var app = LoopbackApp.Start(Limit(2));
        await app.WaitUntilHealthyAsync();
        using var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await AskAsync(client, "/api/ask");
        }

        var logged = await CountAsksAsync(app);

        Assert.Equal(2, logged);
    }

    [Fact]
    public async Task Ask_and_ask_stream_share_one_allowance()
    {
        using var app = LoopbackApp.Start(Limit(2));
        await app.WaitUntilHealthyAsync();
        using var client = app.CreateClient();
        using var first = await AskAsync(client, "/api/ask");
        using var second = await AskAsync(client, "/api/ask/stream");

        using var third = await AskAsync(client, "/api/ask/stream");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], [first.StatusCode, second.StatusCode, third.StatusCode]);
    }

    [Fact]
    public async Task A_limit_of_zero_turns_the_limit_off()
    {
        using var app = LoopbackApp.Start(Limit(0));
        await app.WaitUntilHealthyAsync();
        using var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await AskAsync(client, "/api/ask");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_allowance()
    {
        var settings = Limit(2);
        settings["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1";
        using var app = LoopbackApp.Start(settings);
        await app.WaitUntilHealthyAsync();
        using var client = app.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            using var _ = await AskAsync(client, "/api/ask", forwardedFor: "203.0.113.7");
        }

        using var sameClient = await AskAsync(client, "/api/ask", forwardedFor: "203.0.113.7");
        using var otherClient = await AskAsync(client, "/api/ask", forwardedFor: "203.0.113.8");

        Assert.Equal(HttpStatusCode.TooManyRequests, sameClient.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task Without_a_trusted_proxy_a_forwarded_header_cannot_buy_a_fresh_allowance()
    {
        using var app = LoopbackApp.Start(Limit(2));
        await app.WaitUntilHealthyAsync();
        using var client = app.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            using var _ = await AskAsync(client, "/api/ask", forwardedFor: "198.51.100." + i);
        }

        using var spoofed = await AskAsync(client, "/api/ask", forwardedFor: "198.51.100.99");

        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed.StatusCode);
    }

    [Fact]
    public async Task A_keyed_caller_gets_the_limit_its_credential_carries()
    {
        using var app = LoopbackApp.Start(Limit(2), KeyedCallerHandler.Register);
        await app.WaitUntilHealthyAsync();
        using var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await AskAsync(client, "/api/ask", key: "integration-a");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_keyed_caller_does_not_spend_the_anonymous_allowance_of_its_address()
    {
        using var app = LoopbackApp.Start(Limit(2), KeyedCallerHandler.Register);
        await app.WaitUntilHealthyAsync();
        using var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await AskAsync(client, "/api/ask", key: "integration-b");
        }

        using var anonymous = await AskAsync(client, "/api/ask");

        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
    }

    private static Dictionary<string, string?> Limit(int permits) => new()
    {
        ["RateLimiting:AskPermitsPerMinute"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task<HttpResponseMessage> AskAsync(HttpClient client, string path, string? forwardedFor = null, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = JsonContent.Create(new { question = Question }),
        };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (key is not null)
        {
            request.Headers.Add(KeyedCallerHandler.KeyHeader, key);
        }

        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static async Task<int> CountAsksAsync(LoopbackApp app)
    {
        // The ask log is written off the request path; what is still queued must be on disk before counting.
        await app.Services.GetRequiredService<AskLog>().FlushAsync(CancellationToken.None);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        return await db.AskLog.CountAsync();
    }
}
