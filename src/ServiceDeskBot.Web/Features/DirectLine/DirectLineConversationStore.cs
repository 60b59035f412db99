using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.DirectLine;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Conversations and their activities in SQLite. The store stamps every activity with its server id, a sequence
/// number (the watermark) and a strictly increasing timestamp, which is what keeps Web Chat's order stable.
/// </summary>
public sealed class DirectLineConversationStore(
    IDbContextFactory<DirectLineDbContext> contexts,
    ConversationSignals signals,
    TimeProvider time) : IDisposable
{
    private const int MaxActivitiesPerRead = 500;

    // One writer at a time: sequence numbers and timestamps are read-modify-write on the conversation row, and
    // SQLite serialises writers anyway.
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Conversations.AnyAsync(c => c.Id == conversationId, cancellationToken);
    }

    /// <summary>Creates the conversation with its first activity; false when it already existed.</summary>
    public async Task<bool> CreateAsync(string conversationId, JsonObject firstActivity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firstActivity);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await db.Conversations.AnyAsync(c => c.Id == conversationId, cancellationToken))
            {
                return false;
            }

            var conversation = new ConversationRecord { Id = conversationId, CreatedAt = time.GetUtcNow() };
            db.Conversations.Add(conversation);
            db.Activities.Add(Stamp(conversation, firstActivity));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }

        signals.Notify(conversationId);
        return true;
    }

    /// <summary>Stamps and stores an activity; returns it as clients will see it, or null for an unknown conversation.</summary>
    public Task<JsonObject?> AppendAsync(string conversationId, JsonObject activity, CancellationToken cancellationToken) =>
        AppendCoreAsync(conversationId, activity, dropStreamChunksOf: null, cancellationToken);

    /// <summary>
    /// Stores the bot's reply to a user activity and, in the same transaction, drops the livestream chunks sent for
    /// that reply (also those left by a turn a stop interrupted): once the final message exists, polling and
    /// reconnecting clients must see only it. Returns the reply as clients will see it, or null for an unknown
    /// conversation.
    /// </summary>
    public Task<JsonObject?> AppendReplyAsync(string conversationId, JsonObject reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return AppendCoreAsync(conversationId, reply, reply["replyToId"]?.GetValue<string>(), cancellationToken);
    }

    private async Task<JsonObject?> AppendCoreAsync(
        string conversationId, JsonObject activity, string? dropStreamChunksOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var conversation = await db.Conversations.FindAsync([conversationId], cancellationToken);
            if (conversation is null)
            {
                return null;
            }

            if (dropStreamChunksOf is not null)
            {
                var typing = await db.Activities
                    .Where(a => a.ConversationId == conversationId && a.Type == "typing" && a.FromRole == "bot" && a.ReplyToId == dropStreamChunksOf)
                    .ToListAsync(cancellationToken);
                db.Activities.RemoveRange(typing.Where(a => IsStreamChunk(a.Json)));
            }

            db.Activities.Add(Stamp(conversation, activity));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }

        signals.Notify(conversationId);
        return activity;
    }

    /// <summary>Activities after the watermark, in order; null for an unknown conversation.</summary>
    public async Task<ActivitySet?> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lastSequence = await db.Conversations
            .Where(c => c.Id == conversationId)
            .Select(c => (long?)c.LastSequence)
            .FirstOrDefaultAsync(cancellationToken);
        if (lastSequence is null)
        {
            return null;
        }

        var rows = await db.Activities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence > watermark)
            .OrderBy(a => a.Sequence)
            .Take(MaxActivitiesPerRead)
            .Select(a => new { a.Sequence, a.Json })
            .ToListAsync(cancellationToken);

        var activities = rows.Select(r => JsonNode.Parse(r.Json)!.AsObject()).ToList();
        var next = rows.Count > 0 ? rows[^1].Sequence : Math.Clamp(watermark, 0, lastSequence.Value);
        return new ActivitySet(activities, next.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// User messages since <paramref name="since"/> that no bot message answers yet: turns a stop interrupted.
    /// </summary>
    public async Task<IReadOnlyList<BotTurn>> FindUnansweredAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var sinceMs = since.ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recent = await db.Activities.AsNoTracking()
            .Where(a => a.TimestampMs >= sinceMs && a.Type == "message")
            .OrderBy(a => a.ConversationId).ThenBy(a => a.Sequence)
            .Select(a => new { a.ConversationId, a.Sequence, a.FromRole, a.ReplyToId, a.Json })
            .ToListAsync(cancellationToken);
        var answered = recent.Where(a => a.FromRole == "bot" && a.ReplyToId is not null).Select(a => a.ReplyToId!).ToHashSet(StringComparer.Ordinal);
        return [.. recent
            .Where(a => a.FromRole == "user" && !answered.Contains(ActivityId(a.ConversationId, a.Sequence)))
            .Select(a => new BotTurn(a.ConversationId, JsonNode.Parse(a.Json)!.AsObject()))];
    }

    /// <summary>One stored activity by its server id, or null.</summary>
    public async Task<JsonObject?> FindAsync(string conversationId, string? activityId, CancellationToken cancellationToken)
    {
        var prefix = conversationId + "|";
        if (activityId is null || !activityId.StartsWith(prefix, StringComparison.Ordinal)
            || !long.TryParse(activityId.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = await db.Activities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence == sequence)
            .Select(a => a.Json)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : JsonNode.Parse(json)!.AsObject();
    }

    /// <summary>The conversation's messages in order, for handoff transcripts.</summary>
    public async Task<IReadOnlyList<ActivityRecord>> ReadMessagesAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Activities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Type == "message")
            .OrderBy(a => a.Sequence)
            .ToListAsync(cancellationToken);
    }

    public void Dispose() => _writeLock.Dispose();

    private static string ActivityId(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);

    private static bool IsStreamChunk(string json) =>
        JsonNode.Parse(json)?["channelData"]?["streamType"] is JsonValue type
        && type.TryGetValue<string>(out var streamType)
        && streamType == BotActivityComposer.StreamingType;

    private ActivityRecord Stamp(ConversationRecord conversation, JsonObject activity)
    {
        var timestampMs = Math.Max(time.GetUtcNow().ToUnixTimeMilliseconds(), conversation.LastTimestampMs + 1);
        conversation.LastSequence++;
        conversation.LastTimestampMs = timestampMs;

        activity["id"] = ActivityId(conversation.Id, conversation.LastSequence);
        activity["timestamp"] = DateTimeOffset.FromUnixTimeMilliseconds(timestampMs)
            .UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        activity["conversation"] = new JsonObject { ["id"] = conversation.Id };
        activity["channelId"] ??= "webchat";

        var type = activity["type"]?.GetValue<string>() ?? "message";
        return new ActivityRecord
        {
            ConversationId = conversation.Id,
            Sequence = conversation.LastSequence,
            Type = type,
            FromRole = activity["from"]?["role"]?.GetValue<string>() ?? "user",
            Text = type == "message" ? activity["text"]?.GetValue<string>() : null,
            ReplyToId = activity["replyToId"]?.GetValue<string>(),
            TimestampMs = timestampMs,
            Json = activity.ToJsonString(),
        };
    }
}
