using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Llm;
using ServiceDeskBot.Core.Tests.Storage;
using ServiceDeskBot.Web.Tests.DirectLine;
using ServiceDeskBot.Web.Tests.Storage;

namespace ServiceDeskBot.Web.Tests.Nodes;

/// <summary>
/// Two nodes of one installation, started once per test class: node A a separate process (<see cref="NodeProcess"/>),
/// node B hosted in the test process (so tests can reach its services), both on one fresh PostgreSQL database and the
/// run's Redis, with an OpenAI-format LLM on loopback that streams when a test scripts it.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    /// <summary>Token requests one client address may make per window, across both nodes.</summary>
    public const int TokenRequestsPerWindow = 6;

    public TestDatabase Database { get; private set; } = null!;

    internal FakeOpenAiServer Llm { get; private set; } = null!;

    public NodeProcess A { get; private set; } = null!;

    public StorageNode B { get; private set; } = null!;

    /// <summary>The configuration every node of the installation gets (a further node started by a test too).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var redis = TestRedis.SharedConfiguration();
        Database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        Llm = await FakeOpenAiServer.StartAsync();
        // Unscripted asks get a reply the grounding check refuses, so they fall back to templates without failing the
        // LLM client (a failing one would open its circuit breaker and stop a later streamed answer).
        Llm.UnscriptedReply = "测试服务器的默认回复。";
        Settings = new Dictionary<string, string?>(Database.Settings)
        {
            ["Redis:Configuration"] = redis,
            ["DirectLine:Secret"] = DirectLineServer.Secret,
            ["DirectLine:StreamChunkMinChars"] = "5",
            ["DirectLine:TokenRequestsPerWindow"] = TokenRequestsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DirectLine:RateLimitWindowSeconds"] = "3600",
            ["RateLimiting:AskPermitsPerMinute"] = "0",
            ["Llm:Provider"] = "openai",
            ["Llm:Endpoint"] = Llm.BaseUrl.TrimEnd('/') + "/v1",
            ["Llm:Model"] = "test-model",
            ["Llm:ApiKey"] = "test-key",
            ["Llm:TimeoutSeconds"] = "4",
        };

        // B first: it migrates the empty database and imports the seeds; A then starts on a ready one.
        B = new StorageNode(Database, settings: new Dictionary<string, string?>(Settings));
        await B.WaitHealthyAsync();
        A = await NodeProcess.StartAsync(Settings);
    }

    public async Task DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }

        B?.Dispose();
        if (Llm is not null)
        {
            await Llm.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }
}
