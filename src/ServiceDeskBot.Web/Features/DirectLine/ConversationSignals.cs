using System.Collections.Concurrent;

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
    private readonly ConcurrentDictionary<string, StreamFeeds<StoredActivity>> _streams = new(StringComparer.Ordinal);

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
            streams.Write(activity);
        }

        Notify(conversationId);
    }

    /// <summary>Everything appended to the conversation from now on, for one open stream; dispose to stop receiving.</summary>
    public StreamFeed<StoredActivity> Subscribe(string conversationId)
    {
        while (true)
        {
            var streams = _streams.GetOrAdd(conversationId, _ => new StreamFeeds<StoredActivity>(MaxPendingPerStream));
            var entry = KeyValuePair.Create(conversationId, streams);
            // The conversation's list goes when its last stream leaves; one closed meanwhile must not be joined.
            if (streams.Open([], () => _streams.TryRemove(entry)) is { } feed)
            {
                return feed;
            }

            _streams.TryRemove(entry);
        }
    }
}
