using System.Collections.Concurrent;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Wakes the WebSocket streams of a conversation when an activity is appended to it.</summary>
public sealed class ConversationSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _pending = new(StringComparer.Ordinal);

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
}
