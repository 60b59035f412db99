using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.DirectLine;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Conversations and their activities. Messages, events and replies are stored (the database keeps what must survive a
/// restart); typing indicators and livestream chunks go through <see cref="EphemeralActivities"/> only. The store stamps
/// every activity with its server id, a sequence number (the watermark) and a strictly increasing timestamp, which is
/// what keeps Web Chat's order stable. Appends to one conversation from several writers (or nodes) are serialised by
/// optimistic concurrency on the conversation's counters, never by a process-wide lock. Every append wakes this node's
/// streams of the conversation and is announced to the other nodes (<see cref="IConversationFanOut"/>).
/// </summary>
public sealed class DirectLineConversationStore(
    IDbContextFactory<DirectLineDbContext> contexts,
    ConversationSignals signals,
    EphemeralActivities ephemeral,
    IConversationFanOut fanOut,
    TimeProvider time)
{
    private const int MaxActivitiesPerRead = 500;
    private const int MaxAppendAttempts = 8;

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Conversations.AnyAsync(c => c.Id == conversationId, cancellationToken);
    }

    /// <summary>Creates the conversation with its first activity; false when it already existed.</summary>
    public async Task<bool> CreateAsync(string conversationId, JsonObject firstActivity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firstActivity);
        ActivityRecord record;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Conversations.AnyAsync(c => c.Id == conversationId, cancellationToken))
            {
                return false;
            }

            var conversation = new ConversationRecord { Id = conversationId, CreatedAt = time.GetUtcNow() };
            db.Conversations.Add(conversation);
            record = Stamp(conversation, firstActivity);
            db.Activities.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Created at the same moment by another request (a double click, another node).
                return false;
            }
        }

        Announce(conversationId, record);
        return true;
    }

    /// <summary>
    /// Stamps an activity and stores it, or, for typing and stream chunks, hands it to the in-memory feed; returns it as
    /// clients will see it, or null for an unknown conversation.
    /// </summary>
    public async Task<JsonObject?> AppendAsync(string conversationId, JsonObject activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity["type"]?.GetValue<string>() == "typing")
        {
            return await ExistsAsync(conversationId, cancellationToken) ? PublishInFlight(conversationId, activity) : null;
        }

        return await StoreAsync(conversationId, activity, cancellationToken);
    }

    /// <summary>
    /// Hands a typing indicator or stream chunk of a conversation known to exist (the bot's own, during a turn) to the
    /// in-memory feed and the other nodes at once, without the database check a client's activity needs.
    /// </summary>
    public JsonObject PublishInFlight(string conversationId, JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var (published, item) = ephemeral.Publish(conversationId, activity);
        fanOut.Published(conversationId, item);
        return published;
    }

    /// <summary>
    /// Stores the bot's reply to a user activity and forgets the typing and livestream chunks sent for it: once the
    /// final message exists, polling and reconnecting clients must see only it. Returns the reply as clients will see
    /// it, or null for an unknown conversation.
    /// </summary>
    public async Task<JsonObject?> AppendReplyAsync(string conversationId, JsonObject reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var stored = await StoreAsync(conversationId, reply, cancellationToken);
        ephemeral.Drop(conversationId, reply["replyToId"]?.GetValue<string>());
        return stored;
    }

    private async Task<JsonObject?> StoreAsync(string conversationId, JsonObject activity, CancellationToken cancellationToken)
    {
        ActivityRecord record;
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var conversation = await db.Conversations.FindAsync([conversationId], cancellationToken);
            if (conversation is null)
            {
                return null;
            }

            record = Stamp(conversation, activity);
            db.Activities.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException) when (attempt < MaxAppendAttempts)
            {
                // Another append took this sequence number first; read the counters again and retry.
            }
        }

        Announce(conversationId, record);
        return activity;
    }

    // After the commit, so whoever reads the database on hearing of it finds the activity (and every earlier one: a
    // sequence is committed only after the one before it). This node's streams get the activity itself, and so do
    // the other nodes' (IConversationFanOut), so neither reads it back.
    private void Announce(string conversationId, ActivityRecord record)
    {
        var stored = new StoredActivity(record.Sequence, record.Json);
        signals.Appended(conversationId, stored);
        fanOut.Stored(conversationId, record.FromRole == "bot" ? record.ReplyToId : null, stored);
    }

    /// <summary>
    /// Stored activities after the watermark, in order, followed (unless <paramref name="storedOnly"/>) by the in-flight
    /// typing and chunks the client has not seen; null for an unknown conversation.
    /// </summary>
    public async Task<ActivitySet?> ReadAfterAsync(
        string conversationId, Watermark watermark, CancellationToken cancellationToken, bool storedOnly = false)
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
            .Where(a => a.ConversationId == conversationId && a.Sequence > watermark.Durable)
            .OrderBy(a => a.Sequence)
            .Take(MaxActivitiesPerRead)
            .Select(a => new { a.Sequence, a.Json })
            .ToListAsync(cancellationToken);

        var activities = rows.Select(r => JsonNode.Parse(r.Json)!.AsObject()).ToList();
        var (inFlight, ephemeralMark) = storedOnly ? ([], watermark.Ephemeral) : ephemeral.After(conversationId, watermark.Ephemeral);
        activities.AddRange(inFlight);
        var next = rows.Count > 0 ? rows[^1].Sequence : Math.Clamp(watermark.Durable, 0, lastSequence.Value);
        return new ActivitySet(activities, new Watermark(next, ephemeralMark).ToString());
    }

    /// <summary>
    /// User messages since <paramref name="since"/> that no bot message answers yet, oldest first: turns a stop
    /// interrupted, or a node that died left behind.
    /// </summary>
    public async Task<IReadOnlyList<BotTurn>> FindUnansweredAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var sinceMs = since.ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The texts are read only for the turns that need answering: this runs every few seconds on every node.
        var recent = await db.Activities.AsNoTracking()
            .Where(a => a.TimestampMs >= sinceMs && a.Type == "message")
            .Select(a => new { a.ConversationId, a.Sequence, a.FromRole, a.ReplyToId, a.TimestampMs })
            .ToListAsync(cancellationToken);
        var answered = recent.Where(a => a.FromRole == "bot" && a.ReplyToId is not null).Select(a => a.ReplyToId!).ToHashSet(StringComparer.Ordinal);
        var turns = new List<BotTurn>();
        foreach (var open in recent
                     .Where(a => a.FromRole == "user" && !answered.Contains(ActivityId(a.ConversationId, a.Sequence)))
                     .OrderBy(a => a.TimestampMs))
        {
            var json = await db.Activities.AsNoTracking()
                .Where(a => a.ConversationId == open.ConversationId && a.Sequence == open.Sequence)
                .Select(a => a.Json)
                .FirstAsync(cancellationToken);
            turns.Add(new BotTurn(open.ConversationId, JsonNode.Parse(json)!.AsObject(), Recovered: true));
        }

        return turns;
    }

    /// <summary>The messages stored from <paramref name="since"/> on, without their texts (for the abandoned-turn sweep).</summary>
    public async Task<IReadOnlyList<MessageStamp>> ReadMessageStampsAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var sinceMs = since.ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Activities.AsNoTracking()
            .Where(a => a.TimestampMs >= sinceMs && a.Type == "message")
            .Select(a => new { a.ConversationId, a.Sequence, a.FromRole, a.ReplyToId, a.TimestampMs })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(a => new MessageStamp(a.ConversationId, ActivityId(a.ConversationId, a.Sequence), a.FromRole, a.ReplyToId, a.TimestampMs));
    }

    /// <summary>Whether a bot message replying to <paramref name="activityId"/> is stored.</summary>
    public async Task<bool> IsAnsweredAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Activities.AnyAsync(
            a => a.ConversationId == conversationId && a.ReplyToId == activityId && a.FromRole == "bot" && a.Type == "message",
            cancellationToken);
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

    private static string ActivityId(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);

    private ActivityRecord Stamp(ConversationRecord conversation, JsonObject activity)
    {
        var timestampMs = ephemeral.OrderStored(conversation.Id, Math.Max(time.GetUtcNow().ToUnixTimeMilliseconds(), conversation.LastTimestampMs + 1));
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
