using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// The last turns of each conversation, for resolving follow-up questions, in this process: the memory of a single
/// node (and of a node while Redis is down, see <see cref="RedisConversationMemory"/>). Forgotten after a quiet
/// period: it holds citizens' questions, so it is neither persisted nor kept longer than needed.
/// </summary>
public sealed class ConversationMemory(IOptions<AnsweringOptions> options, TimeProvider time) : IConversationMemory
{
    // Bounds memory use when many conversations are open; the oldest are evicted first.
    private const int MaxConversations = 10_000;

    private readonly ConcurrentDictionary<string, (DateTimeOffset Touched, List<ConversationTurn> Turns)> _conversations =
        new(StringComparer.Ordinal);

    public Task<IReadOnlyList<ConversationTurn>> RecallAsync(string? conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(Recall(conversationId));

    public Task RememberAsync(string? conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        Remember(conversationId, turn);
        return Task.CompletedTask;
    }

    public IReadOnlyList<ConversationTurn> Recall(string? conversationId)
    {
        if (string.IsNullOrEmpty(conversationId) || !_conversations.TryGetValue(conversationId, out var entry))
        {
            return [];
        }

        if (time.GetUtcNow() - entry.Touched > TimeSpan.FromMinutes(options.Value.ConversationMinutes))
        {
            _conversations.TryRemove(conversationId, out _);
            return [];
        }

        lock (entry.Turns)
        {
            return entry.Turns.ToList();
        }
    }

    public void Remember(string? conversationId, ConversationTurn turn)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return;
        }

        var now = time.GetUtcNow();
        _conversations.AddOrUpdate(
            conversationId,
            _ => (now, [turn]),
            (_, existing) =>
            {
                lock (existing.Turns)
                {
                    existing.Turns.Add(turn);
                    if (existing.Turns.Count > options.Value.ConversationTurns)
                    {
                        existing.Turns.RemoveAt(0);
                    }
                }

                return (now, existing.Turns);
            });

        if (_conversations.Count > MaxConversations)
        {
            foreach (var stale in _conversations.OrderBy(c => c.Value.Touched).Take(_conversations.Count - MaxConversations))
            {
                _conversations.TryRemove(stale.Key, out _);
            }
        }
    }
}
