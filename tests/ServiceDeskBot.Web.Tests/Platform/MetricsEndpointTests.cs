using System.Net;
using System.Net.Http.Json;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Storage;
using ServiceDeskBot.Web.Tests.Storage;

namespace ServiceDeskBot.Web.Tests.Platform;

/// <summary>The Prometheus scrape endpoint: the service's meter for loopback callers, nothing for the public.</summary>
public sealed class MetricsEndpointTests(MetricsEndpointTests.ProxiedNode fixture) : IClassFixture<MetricsEndpointTests.ProxiedNode>
{
    private static readonly Uri Metrics = new("/metrics", UriKind.Relative);

    [Fact]
    public async Task A_loopback_scrape_counts_an_answered_question_by_mode_and_outcome()
    {
        using var client = fixture.Node.CreateClient();
        using var asked = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "你可以回答哪些问题？" });

        // Meters are process-wide, so hosts of other tests running beside this one may add series of their own:
        // the curated answer's series must be among them.
        var scrape = await EventuallyScrapeAsync(client, text => CuratedAnswered(text).Any());

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.NotEmpty(CuratedAnswered(scrape));
    }

    [Fact]
    public async Task A_scrape_forwarded_by_the_proxy_for_a_public_address_is_not_found()
    {
        using var client = fixture.Node.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Metrics);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("servicedeskbot", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> CuratedAnswered(string scrape) =>
        scrape.Split('\n').Where(l => l.StartsWith("servicedeskbot_asks", StringComparison.Ordinal)
            && l.Contains("mode=\"curated\"", StringComparison.Ordinal)
            && l.Contains("outcome=\"answered\"", StringComparison.Ordinal));

    private static async Task<string> EventuallyScrapeAsync(HttpClient client, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var text = await client.GetStringAsync(Metrics);
            if (done(text) || DateTime.UtcNow > deadline)
            {
                return text;
            }

            await Task.Delay(200);
        }
    }

    /// <summary>One node on SQLite behind a reverse proxy on loopback (whose forwarded addresses it believes).</summary>
    public sealed class ProxiedNode : IAsyncLifetime
    {
        public TestDatabase Database { get; private set; } = null!;

        public StorageNode Node { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
            Node = new StorageNode(Database, settings: new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });
            await Node.WaitHealthyAsync();
        }

        public async Task DisposeAsync()
        {
            Node?.Dispose();
            if (Database is not null)
            {
                await Database.DisposeAsync();
            }
        }
    }
}
