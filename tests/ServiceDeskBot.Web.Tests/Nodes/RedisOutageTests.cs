using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Storage;
using ServiceDeskBot.Web.Tests.Storage;

namespace ServiceDeskBot.Web.Tests.Nodes;

/// <summary>A node of several whose Redis goes away (the real redis-server killed) and comes back.</summary>
public sealed class RedisOutageTests(RedisOutageTests.NodeWithOwnRedis fixture) : IClassFixture<RedisOutageTests.NodeWithOwnRedis>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task While_redis_is_down_the_node_keeps_answering_and_reports_itself_degraded()
    {
        using var client = fixture.Node.CreateClient();
        await fixture.Redis.StopAsync();
        try
        {
            using var asked = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "你可以回答哪些问题？", conversationId = "outage-1" });
            var ready = await EventuallyAsync(client, r => r.Redis == "Degraded");

            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            Assert.Equal("Degraded", ready.Redis);
            Assert.Equal("Degraded", ready.Status);
            Assert.Equal(HttpStatusCode.OK, ready.Code);
        }
        finally
        {
            await fixture.Redis.StartAsync();
        }
    }

    [Fact]
    public async Task When_redis_returns_the_node_reports_itself_healthy_again_by_itself()
    {
        using var client = fixture.Node.CreateClient();
        await fixture.Redis.StopAsync();
        await EventuallyAsync(client, r => r.Redis == "Degraded");

        await fixture.Redis.StartAsync();
        var ready = await EventuallyAsync(client, r => r.Redis == "Healthy");

        Assert.Equal("Healthy", ready.Redis);
        Assert.Equal("Healthy", ready.Status);
    }

    private static async Task<Readiness> EventuallyAsync(HttpClient client, Func<Readiness, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var readiness = new Readiness(
                response.StatusCode,
                body.RootElement.GetProperty("status").GetString()!,
                body.RootElement.GetProperty("redis").GetProperty("status").GetString()!);
            if (done(readiness) || DateTime.UtcNow > deadline)
            {
                return readiness;
            }

            await Task.Delay(200);
        }
    }

    private sealed record Readiness(HttpStatusCode Code, string Status, string Redis);

    /// <summary>One node on PostgreSQL and a redis-server of this class's own, which the tests stop and start.</summary>
    public sealed class NodeWithOwnRedis : IAsyncLifetime
    {
        public TestDatabase Database { get; private set; } = null!;

        public TestRedis Redis { get; private set; } = null!;

        public StorageNode Node { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
            Redis = await TestRedis.StartOwnAsync();
            Node = new StorageNode(Database, settings: new Dictionary<string, string?> { ["Redis:Configuration"] = Redis.Configuration });
            await Node.WaitHealthyAsync();
        }

        public async Task DisposeAsync()
        {
            Node?.Dispose();
            if (Redis is not null)
            {
                await Redis.DisposeAsync();
            }

            if (Database is not null)
            {
                await Database.DisposeAsync();
            }
        }
    }
}
