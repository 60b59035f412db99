namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// The last turns of each conversation, which follow-up questions lean on ("那二七区呢？"). Held for
/// <c>Answering:ConversationMinutes</c> after the last turn and at most <c>Answering:ConversationTurns</c> turns.
/// </summary>
public interface IConversationMemory
{
    /// <summary>The remembered turns of a conversation, oldest first; empty when there are none (or they expired).</summary>
    Task<IReadOnlyList<ConversationTurn>> RecallAsync(string? conversationId, CancellationToken cancellationToken);

    /// <summary>Remembers a turn and restarts the conversation's expiry.</summary>
    Task RememberAsync(string? conversationId, ConversationTurn turn, CancellationToken cancellationToken);
}
