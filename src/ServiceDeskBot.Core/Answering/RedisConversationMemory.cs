using System.Text.Json;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Core.Storage;
using StackExchange.Redis;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Follow-up memory shared by the nodes: a Redis list per conversation (the last <c>ConversationTurns</c> turns as
/// JSON, expiring <c>ConversationMinutes</c> after the last one), so a follow-up is understood whichever node the
/// previous turn went to. Personal data is masked before a turn leaves the process. Every turn is also kept in this
/// node's own memory, which answers while Redis is down (then a follow-up is understood only on the node that
/// answered the turn before).
/// </summary>
public sealed class RedisConversationMemory(
    RedisConnection redis,
    ConversationMemory local,
    PiiMasker masker,
    IOptions<AnsweringOptions> options) : IConversationMemory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<ConversationTurn>> RecallAsync(string? conversationId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return [];
        }

        var (succeeded, values) = await redis.TryAsync("memory.recall", db => db.ListRangeAsync(Key(conversationId))).ConfigureAwait(false);
        if (!succeeded)
        {
            return local.Recall(conversationId);
        }

        return [.. values!.Select(v => JsonSerializer.Deserialize<ConversationTurn>(v.ToString(), Json)).OfType<ConversationTurn>()];
    }

    public async Task RememberAsync(string? conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (string.IsNullOrEmpty(conversationId))
        {
            return;
        }

        local.Remember(conversationId, turn);
        var masked = turn with { Question = masker.Mask(turn.Question), Answer = masker.Mask(turn.Answer) };
        var value = JsonSerializer.Serialize(masked, Json);
        var settings = options.Value;
        var key = Key(conversationId);
        await redis.TryAsync("memory.remember", async db =>
        {
            var batch = db.CreateTransaction();
            _ = batch.ListRightPushAsync(key, value);
            _ = batch.ListTrimAsync(key, -settings.ConversationTurns, -1);
            _ = batch.KeyExpireAsync(key, TimeSpan.FromMinutes(settings.ConversationMinutes));
            return await batch.ExecuteAsync().ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private RedisKey Key(string conversationId) => redis.Key("memory:" + conversationId);
}
