namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>One node: every stream of a conversation is in this process, where the store and the feed wake it already.</summary>
internal sealed class InProcessConversationFanOut : IConversationFanOut, IConversationListener
{
    public bool IsLive => true;

    public void Stored(string conversationId, string? replyToId, StoredActivity activity)
    {
    }

    public void Published(string conversationId, EphemeralActivities.Item item)
    {
    }

    public Task<IConversationListener> ListenAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<IConversationListener>(this);

    public Task RenewAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
