namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Carries what happens in a conversation to the other nodes, so a reply reaches the WebSocket on whichever node holds
/// it: every append is announced with the stored activity (the listening node reads the database only when the
/// activity was too large to travel, or a notice is missing), typing and stream chunks travel whole (they are never
/// stored). One node needs none of it (<see cref="InProcessConversationFanOut"/>).
/// </summary>
public interface IConversationFanOut
{
    /// <summary>Announces an activity stored on this node; <paramref name="replyToId"/> when it is a bot reply.</summary>
    void Stored(string conversationId, string? replyToId, StoredActivity activity);

    /// <summary>Sends a typing indicator or stream chunk published on this node to the nodes streaming the conversation.</summary>
    void Published(string conversationId, EphemeralActivities.Item item);

    /// <summary>
    /// Listens, while a stream of the conversation is open on this node, for what other nodes append and publish; returns
    /// once listening (so nothing announced afterwards is missed).
    /// </summary>
    Task<IConversationListener> ListenAsync(string conversationId, CancellationToken cancellationToken);
}

/// <summary>An open stream's subscription to a conversation's events from other nodes.</summary>
public interface IConversationListener : IAsyncDisposable
{
    /// <summary>
    /// False while events from other nodes may not arrive (Redis down, or not subscribed yet): the stream then reads the
    /// database every few seconds instead of waiting to be woken.
    /// </summary>
    bool IsLive { get; }

    /// <summary>Tries to subscribe again when not live; a no-op otherwise.</summary>
    Task RenewAsync();
}
