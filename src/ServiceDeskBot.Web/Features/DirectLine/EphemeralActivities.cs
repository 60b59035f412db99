using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Typing indicators and livestream chunks: delivered to open streams and polls from memory, never written to the
/// database, and dropped once the reply they belong to is stored (so a history never holds them). Open streams get each
/// one pushed as it is published (fan-out), so a chunk is never missed because its reply was stored a moment later;
/// polls see the ones still in flight. An activity's sequence (the watermark's second part) is its timestamp in
/// milliseconds, strictly increasing per conversation, so items another node published (handed in through
/// <see cref="Receive"/> by the conversation fan-out) fall into the same order; timestamps are also ordered against
/// the conversation's stored activities on this node.
/// </summary>
public sealed class EphemeralActivities(ConversationSignals signals, TimeProvider time)
{
    private const int MaxPerConversation = 64;
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, Feed> _feeds = new(StringComparer.Ordinal);
    private long _lastSweepMs;

    /// <summary>
    /// Stamps the activity (id, timestamp, conversation) and delivers it; returns it as clients see it, and the item
    /// to hand to other nodes.
    /// </summary>
    public (JsonObject Activity, Item Item) Publish(string conversationId, JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var feed = _feeds.GetOrAdd(conversationId, _ => new Feed());
        Item item;
        lock (feed)
        {
            var timestamp = Math.Max(now, feed.LastTimestampMs + 1);
            feed.LastTimestampMs = timestamp;
            feed.TouchedMs = now;
            activity["id"] = $"{conversationId}|e{timestamp.ToString(CultureInfo.InvariantCulture)}";
            activity["timestamp"] = DateTimeOffset.FromUnixTimeMilliseconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            activity["conversation"] = new JsonObject { ["id"] = conversationId };
            activity["channelId"] ??= "webchat";
            item = new Item(timestamp, activity["replyToId"]?.GetValue<string>(), activity.ToJsonString());
            Deliver(feed, item);
        }

        signals.Notify(conversationId);
        SweepIdle(now);
        return (activity, item);
    }

    /// <summary>Delivers an item another node published to this node's open streams and polls of the conversation.</summary>
    public void Receive(string conversationId, Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var feed = _feeds.GetOrAdd(conversationId, _ => new Feed());
        lock (feed)
        {
            if (feed.Items.Any(i => i.Sequence == item.Sequence && i.Json == item.Json))
            {
                return;
            }

            // Later activities of this node must still sort after what the other node sent.
            feed.LastTimestampMs = Math.Max(feed.LastTimestampMs, item.Sequence);
            feed.TouchedMs = now;
            Deliver(feed, item);
        }

        signals.Notify(conversationId);
    }

    // Under the feed's lock: kept in sequence order (another node's items may arrive a little out of it), bounded.
    private static void Deliver(Feed feed, Item item)
    {
        var at = feed.Items.FindLastIndex(i => i.Sequence <= item.Sequence) + 1;
        feed.Items.Insert(at, item);
        if (feed.Items.Count > MaxPerConversation)
        {
            feed.Items.RemoveAt(0);
        }

        feed.Streams.Write(item);
    }

    /// <summary>Forgets the typing and chunks sent for the reply to <paramref name="replyToId"/> (the reply is stored now).</summary>
    public void Drop(string conversationId, string? replyToId)
    {
        if (replyToId is null || !_feeds.TryGetValue(conversationId, out var feed))
        {
            return;
        }

        lock (feed)
        {
            feed.Items.RemoveAll(i => i.ReplyToId == replyToId);
        }
    }

    /// <summary>
    /// The in-flight activities after <paramref name="after"/>, and the sequence to put in the next watermark (0 when
    /// nothing is in flight, so a finished conversation's watermark stays a plain number).
    /// </summary>
    public (IReadOnlyList<JsonObject> Activities, long Watermark) After(string conversationId, long after)
    {
        if (!_feeds.TryGetValue(conversationId, out var feed))
        {
            return ([], 0);
        }

        lock (feed)
        {
            if (feed.Items.Count == 0)
            {
                return ([], 0);
            }

            var items = feed.Items.Where(i => i.Sequence > after).ToList();
            return (items.Select(i => JsonNode.Parse(i.Json)!.AsObject()).ToList(), Math.Max(after, feed.Items[^1].Sequence));
        }
    }

    /// <summary>
    /// Everything published to the conversation from now on, plus what is in flight already, for one open stream;
    /// dispose to stop receiving.
    /// </summary>
    public Subscription Subscribe(string conversationId)
    {
        var feed = _feeds.GetOrAdd(conversationId, _ => new Feed());
        lock (feed)
        {
            // A feed's list of streams never closes (idle feeds are swept instead), so opening always succeeds.
            return new Subscription(feed.Streams.Open(feed.Items)!);
        }
    }

    /// <summary>A timestamp for a stored activity: at least <paramref name="candidateMs"/> and later than every in-memory one.</summary>
    public long OrderStored(string conversationId, long candidateMs)
    {
        var feed = _feeds.GetOrAdd(conversationId, _ => new Feed());
        lock (feed)
        {
            feed.LastTimestampMs = Math.Max(candidateMs, feed.LastTimestampMs + 1);
            feed.TouchedMs = time.GetUtcNow().ToUnixTimeMilliseconds();
            return feed.LastTimestampMs;
        }
    }

    private void SweepIdle(long nowMs)
    {
        var last = Interlocked.Read(ref _lastSweepMs);
        if (nowMs - last < 60_000 || Interlocked.CompareExchange(ref _lastSweepMs, nowMs, last) != last)
        {
            return;
        }

        foreach (var (id, feed) in _feeds)
        {
            bool idle;
            lock (feed)
            {
                idle = feed.Streams.Count == 0 && nowMs - feed.TouchedMs > IdleLifetime.TotalMilliseconds;
            }

            if (idle)
            {
                _feeds.TryRemove(id, out _);
            }
        }
    }

    /// <summary>One stream's feed of in-memory activities.</summary>
    public sealed class Subscription(StreamFeed<Item> feed) : IDisposable
    {
        /// <summary>The activities received since the last call, with the highest sequence among them (0 when none).</summary>
        public (IReadOnlyList<JsonObject> Activities, long Last) Drain()
        {
            var items = feed.Drain();
            return (items.Select(i => JsonNode.Parse(i.Json)!.AsObject()).ToList(), items.Count == 0 ? 0 : items.Max(i => i.Sequence));
        }

        public void Dispose() => feed.Dispose();
    }

    private sealed class Feed
    {
        public readonly List<Item> Items = [];
        public readonly StreamFeeds<Item> Streams = new(MaxPerConversation);
        public long LastTimestampMs;
        public long TouchedMs;
    }

    /// <summary>One in-memory activity, kept as its JSON so readers never share a mutable object; its sequence is its timestamp (ms).</summary>
    public sealed record Item(long Sequence, string? ReplyToId, string Json);
}
