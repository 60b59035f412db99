using System.Text.Json;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Telemetry;
using StackExchange.Redis;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Conversation fan-out over Redis pub/sub, one channel per conversation: a node publishes every append (with the
/// stored activity, up to <see cref="ConversationNotice.MaxStoredActivityChars"/>) and every typing indicator or stream
/// chunk of the turns it answers, and a node holding a stream of the conversation subscribes while the stream is open
/// and hands its streams what arrives, so they send it without reading the database. Messages are handled in the
/// order they were published (one queue per subscription); a stream that sees a gap in the sequence reads the
/// database. Publishing never waits for Redis and never fails a turn: when Redis is down the notice is lost (counted),
/// the reply is still stored, and the other node's stream finds it on its next read of the database (it reads every
/// few seconds while not live).
/// </summary>
internal sealed class RedisConversationFanOut(
    RedisConnection redis,
    ConversationSignals signals,
    EphemeralActivities ephemeral,
    NodeIdentity node,
    ServiceDeskMetrics metrics) : IConversationFanOut
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Stored(string conversationId, string? replyToId, StoredActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var json = activity.Json is { Length: <= ConversationNotice.MaxStoredActivityChars } small ? small : null;
        _ = PublishAsync(conversationId, new ConversationNotice(node.Id, ConversationNotice.StoredKind, replyToId, activity.Sequence, json));
    }

    public void Published(string conversationId, EphemeralActivities.Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _ = PublishAsync(conversationId, new ConversationNotice(node.Id, ConversationNotice.EphemeralKind, item.ReplyToId, item.Sequence, item.Json));
    }

    public async Task<IConversationListener> ListenAsync(string conversationId, CancellationToken cancellationToken)
    {
        var listener = new Listener(this, redis, conversationId);
        await listener.RenewAsync().ConfigureAwait(false);
        return listener;
    }

    private RedisChannel Channel(string conversationId) => redis.Channel("conversation:" + conversationId);

    private async Task PublishAsync(string conversationId, ConversationNotice notice)
    {
        var message = JsonSerializer.Serialize(notice, Json);
        var (sent, _) = await redis.TryAsync("conversation.publish", _ => redis.Subscriber.PublishAsync(Channel(conversationId), message))
            .ConfigureAwait(false);
        if (sent)
        {
            metrics.RecordCrossNodeMessage(notice.Kind, sent: true);
        }
    }

    private void Receive(string conversationId, RedisValue value)
    {
        ConversationNotice? notice;
        try
        {
            notice = JsonSerializer.Deserialize<ConversationNotice>(value.ToString(), Json);
        }
        catch (JsonException)
        {
            return;
        }

        if (notice is null || notice.Node == node.Id)
        {
            return;
        }

        metrics.RecordCrossNodeMessage(notice.Kind, sent: false);
        if (notice is { Kind: ConversationNotice.EphemeralKind, Activity: { } json })
        {
            ephemeral.Receive(conversationId, new EphemeralActivities.Item(notice.Sequence, notice.ReplyToId, json));
            return;
        }

        // A stored reply replaces the typing and chunks this node holds for it, as it does on the node that stored it.
        // Without a sequence (or the activity) the streams cannot place it and read the database instead.
        ephemeral.Drop(conversationId, notice.ReplyToId);
        signals.Appended(conversationId, new StoredActivity(notice.Sequence, notice.Sequence > 0 ? notice.Activity : null));
    }

    private sealed class Listener(RedisConversationFanOut owner, RedisConnection redis, string conversationId) : IConversationListener
    {
        private ChannelMessageQueue? _queue;

        public bool IsLive => _queue is not null && redis.IsConnected;

        public async Task RenewAsync()
        {
            if (_queue is not null || !redis.IsConnected)
            {
                return;
            }

            try
            {
                var queue = await redis.Subscriber.SubscribeAsync(owner.Channel(conversationId)).ConfigureAwait(false);
                queue.OnMessage(message => owner.Receive(conversationId, message.Message));
                _queue = queue;
            }
            catch (Exception ex) when (RedisConnection.IsRedisFailure(ex))
            {
                redis.RecordFailure("conversation.subscribe", ex);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_queue is not { } queue)
            {
                return;
            }

            try
            {
                await queue.UnsubscribeAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (RedisConnection.IsRedisFailure(ex))
            {
                // The subscription goes with the connection; nothing to undo.
            }
        }
    }
}
