using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Wakes the WebSocket streams of a conversation when an activity is appended to it, and hands each open stream the
/// stored activity itself (appended on this node, or carried in another node's notice), so a stream can send it
/// without reading it back from the database.
/// </summary>
public sealed class ConversationSignals
{
    private const int MaxPendingPerStream = 64;

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<Channel<StoredActivity>>> _streams = new(StringComparer.Ordinal);

    /// <summary>
    /// A task that completes at the next append. Take it before reading the store, so an append between the read
    /// and the wait is not missed.
    /// </summary>
    public Task NextAppendAsync(string conversationId) =>
        _pending.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Notify(string conversationId)
    {
        if (_pending.TryRemove(conversationId, out var waiting))
        {
            waiting.TrySetResult();
        }
    }

    /// <summary>Hands a stored activity to the conversation's open streams on this node, then wakes them.</summary>
    public void Appended(string conversationId, StoredActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (_streams.TryGetValue(conversationId, out var streams))
        {
            lock (streams)
            {
                foreach (var stream in streams)
                {
                    // Full (a stream far behind) drops the oldest: the stream sees the gap and reads the database.
                    stream.Writer.TryWrite(activity);
                }
            }
        }

        Notify(conversationId);
    }

    /// <summary>Everything appended to the conversation from now on, for one open stream; dispose to stop receiving.</summary>
    public AppendSubscription Subscribe(string conversationId)
    {
        var channel = Channel.CreateBounded<StoredActivity>(new BoundedChannelOptions(MaxPendingPerStream) { FullMode = BoundedChannelFullMode.DropOldest });
        while (true)
        {
            var streams = _streams.GetOrAdd(conversationId, _ => []);
            lock (streams)
            {
                // A list emptied and removed by the last unsubscriber meanwhile must not be joined.
                if (_streams.TryGetValue(conversationId, out var current) && ReferenceEquals(current, streams))
                {
                    streams.Add(channel);
                    return new AppendSubscription(this, conversationId, channel);
                }
            }
        }
    }

    private void Unsubscribe(string conversationId, Channel<StoredActivity> channel)
    {
        if (!_streams.TryGetValue(conversationId, out var streams))
        {
            return;
        }

        lock (streams)
        {
            streams.Remove(channel);
            if (streams.Count == 0)
            {
                _streams.TryRemove(new KeyValuePair<string, List<Channel<StoredActivity>>>(conversationId, streams));
            }
        }
    }

    /// <summary>One stream's feed of stored activities, in the order they were handed in.</summary>
    public sealed class AppendSubscription(ConversationSignals owner, string conversationId, Channel<StoredActivity> channel) : IDisposable
    {
        /// <summary>The activities handed in since the last call.</summary>
        public IReadOnlyList<StoredActivity> Drain()
        {
            var activities = new List<StoredActivity>();
            while (channel.Reader.TryRead(out var activity))
            {
                activities.Add(activity);
            }

            return activities;
        }

        public void Dispose() => owner.Unsubscribe(conversationId, channel);
    }
}
