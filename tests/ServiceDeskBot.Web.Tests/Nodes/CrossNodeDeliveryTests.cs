using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Storage;
using ServiceDeskBot.Web.Features.DirectLine;
using ServiceDeskBot.Web.Tests.DirectLine;
using ServiceDeskBot.Web.Tests.Storage;
using StackExchange.Redis;

namespace ServiceDeskBot.Web.Tests.Nodes;

/// <summary>
/// What a node's stream does with the notices other nodes publish on the conversation's Redis channel: the notices
/// here are published by the test as another node would, on the run's real Redis, to a real node on PostgreSQL whose
/// WebSocket is read by a real client.
/// </summary>
public sealed class CrossNodeDeliveryTests(CrossNodeDeliveryTests.RedisNode fixture) : IClassFixture<CrossNodeDeliveryTests.RedisNode>
{
    private const string OtherNode = "other-node-in-test";

    [Fact]
    public async Task A_stored_activity_carried_in_another_nodes_notice_reaches_the_socket_without_a_database_read()
    {
        var (conversationId, stream) = await OpenStreamAsync();
        // Never written to the database: only the notice holds it, so a stream that read the database could not send it.
        var carried = Activity(conversationId, 2, "只在通知里的活动");

        await PublishAsync(conversationId, 2, carried.ToJsonString());
        var seen = await stream.ReadUntilAsync(a => a["text"]?.GetValue<string>() == "只在通知里的活动");

        Assert.Equal(conversationId + "|0000002", seen.Single(a => a["text"]?.GetValue<string>() == "只在通知里的活动")["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_notice_without_its_activity_makes_the_stream_read_the_activity_from_the_database()
    {
        var (conversationId, stream) = await OpenStreamAsync();
        await StoreBehindTheStoresBackAsync(conversationId, "太大而没有随通知传来的活动");

        await PublishAsync(conversationId, 2, json: null);
        var seen = await stream.ReadUntilAsync(a => a["text"]?.GetValue<string>() == "太大而没有随通知传来的活动");

        Assert.Single(seen, a => a["text"]?.GetValue<string>() == "太大而没有随通知传来的活动");
    }

    [Fact]
    public async Task A_notice_after_a_gap_in_the_sequence_makes_the_stream_send_the_missing_activity_from_the_database_first()
    {
        var (conversationId, stream) = await OpenStreamAsync();
        await StoreBehindTheStoresBackAsync(conversationId, "通知丢失的第二条");

        await PublishAsync(conversationId, 3, Activity(conversationId, 3, "随通知传来的第三条").ToJsonString());
        var seen = await stream.ReadUntilAsync(a => a["text"]?.GetValue<string>() == "随通知传来的第三条");

        Assert.Equal(
            ["通知丢失的第二条", "随通知传来的第三条"],
            seen.Where(a => a["from"]?["id"]?.GetValue<string>() == "citizen-in-test").Select(a => a["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_stored_activity_is_published_with_its_sequence_and_json_unless_it_is_too_large_to_travel()
    {
        var store = fixture.Node.Services.GetRequiredService<DirectLineConversationStore>();
        var redis = fixture.Node.Services.GetRequiredService<RedisConnection>();
        using var client = new DirectLineClient(fixture.Node.CreateClient());
        var (conversationId, _) = await client.StartConversationAsync();
        var notices = new List<JsonObject>();
        var subscription = await redis.Subscriber.SubscribeAsync(redis.Channel("conversation:" + conversationId));
        subscription.OnMessage(m =>
        {
            lock (notices)
            {
                notices.Add(JsonNode.Parse(m.Message.ToString())!.AsObject());
            }
        });

        await store.AppendAsync(conversationId, Message("一条普通的消息"), CancellationToken.None);
        // Past the 32 KiB a notice carries.
        await store.AppendAsync(conversationId, Message(new string('长', 40 * 1024)), CancellationToken.None);
        await DirectLineClient.EventuallyAsync(() => Task.FromResult(Count(notices) >= 2));
        await subscription.UnsubscribeAsync();

        var (small, large) = (notices[0], notices[1]);
        Assert.Equal(2, small["s"]!.GetValue<long>());
        Assert.Equal("一条普通的消息", JsonNode.Parse(small["a"]!.GetValue<string>())!["text"]!.GetValue<string>());
        Assert.Equal(3, large["s"]!.GetValue<long>());
        Assert.Null(large["a"]);
    }

    private static int Count(List<JsonObject> notices)
    {
        lock (notices)
        {
            return notices.Count;
        }
    }

    // A conversation on the node with its WebSocket open and the welcome message (sequence 1) read.
    private async Task<(string ConversationId, ActivityStreamReader Stream)> OpenStreamAsync()
    {
        using var client = new DirectLineClient(fixture.Node.CreateClient());
        var started = await client.SendForJsonAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineServer.Secret, "{}");
        var socket = new ClientWebSocket();
        fixture.Sockets.Add(socket);
        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), CancellationToken.None);
        var stream = new ActivityStreamReader(socket);
        await stream.ReadUntilAsync(a => a["from"]!["role"]!.GetValue<string>() == "bot");
        return (started["conversationId"]!.GetValue<string>(), stream);
    }

    private async Task PublishAsync(string conversationId, long sequence, string? json)
    {
        var redis = fixture.Node.Services.GetRequiredService<RedisConnection>();
        var notice = new JsonObject { ["n"] = OtherNode, ["k"] = "stored", ["r"] = null, ["s"] = sequence, ["a"] = json };
        await redis.Subscriber.PublishAsync(redis.Channel("conversation:" + conversationId), notice.ToJsonString());
    }

    // The next activity of the conversation written as another node's store would, but without any notice.
    private async Task StoreBehindTheStoresBackAsync(string conversationId, string text)
    {
        var contexts = fixture.Node.Services.GetRequiredService<IDbContextFactory<DirectLineDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var conversation = await db.Conversations.SingleAsync(c => c.Id == conversationId);
        conversation.LastSequence++;
        conversation.LastTimestampMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var activity = Activity(conversationId, conversation.LastSequence, text);
        db.Activities.Add(new ActivityRecord
        {
            ConversationId = conversationId,
            Sequence = conversation.LastSequence,
            Type = "message",
            FromRole = "user",
            Text = text,
            TimestampMs = conversation.LastTimestampMs,
            Json = activity.ToJsonString(),
        });
        await db.SaveChangesAsync();
    }

    private static JsonObject Activity(string conversationId, long sequence, string text) => new()
    {
        ["type"] = "message",
        ["id"] = conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture),
        ["timestamp"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["channelId"] = "webchat",
        ["from"] = new JsonObject { ["id"] = "citizen-in-test", ["role"] = "user" },
        ["text"] = text,
    };

    private static JsonObject Message(string text) => new()
    {
        ["type"] = "message",
        ["from"] = new JsonObject { ["id"] = "bot-in-test", ["role"] = "bot" },
        ["text"] = text,
    };

    /// <summary>One node of several: PostgreSQL and the run's Redis, with the test Direct Line secret.</summary>
    public sealed class RedisNode : IAsyncLifetime
    {
        public TestDatabase Database { get; private set; } = null!;

        public StorageNode Node { get; private set; } = null!;

        /// <summary>The tests' open sockets, closed with the node.</summary>
        public List<ClientWebSocket> Sockets { get; } = [];

        public async Task InitializeAsync()
        {
            Database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
            Node = new StorageNode(Database, settings: new Dictionary<string, string?>
            {
                ["Redis:Configuration"] = TestRedis.SharedConfiguration(),
                ["DirectLine:Secret"] = DirectLineServer.Secret,
                // The tests subscribe through the node's connection; on a loaded CI machine the first SUBSCRIBE can
                // take longer than the one-second default, which these tests are not about.
                ["Redis:CommandTimeoutMs"] = "5000",
            });
            await Node.WaitHealthyAsync();
        }

        public async Task DisposeAsync()
        {
            foreach (var socket in Sockets)
            {
                socket.Dispose();
            }

            Node?.Dispose();
            if (Database is not null)
            {
                await Database.DisposeAsync();
            }
        }
    }
}
