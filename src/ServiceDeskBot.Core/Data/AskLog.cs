using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// The record of every turn: appended by the answer pipeline (queued, written by <see cref="AskLogWriter"/>), rated by
/// citizens, reviewed by staff. Questions and feedback comments are masked here as well as upstream, because a single
/// missed call site must not put an ID-card number on disk.
/// </summary>
public sealed class AskLog(
    IDbContextFactory<ServiceDeskDbContext> dbFactory,
    AskLogWriter writer,
    PiiMasker masker,
    TimeProvider time) : IAskFeedbackStore
{
    /// <summary>Longest reply kept with an entry; longer ones are cut (replies are rarely a tenth of this).</summary>
    public const int MaxAnswerLength = 8000;

    /// <summary>Longest channel and intent name kept; the columns are this wide.</summary>
    public const int MaxNameLength = 32;

    /// <summary>Longest conversation id kept (the widths the API and Direct Line accept).</summary>
    public const int MaxConversationIdLength = 128;

    private const int MaxCommentLength = 1000;
    private const int MaxQuestionLength = 2000;
    private const int MaxReasonLength = 1000;

    /// <summary>
    /// Masks <paramref name="entry"/>'s question, comment and reason in place, cuts every text to its column's width,
    /// gives it a random public id and queues it; returns the id at once. A value too wide for its column would make
    /// PostgreSQL refuse the whole batch it travels in, so no value reaches the writer unbounded. The entry reaches the
    /// database moments later (see <see cref="FlushAsync"/>); when the queue is full it is dropped, and the reply it
    /// belongs to is unaffected.
    /// </summary>
    public Task<string> AppendAsync(AskLogEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.Id = 0;
        entry.PublicId = AskLogEntry.NewPublicId();
        entry.Question = Truncate(masker.Mask(entry.Question), MaxQuestionLength);
        entry.Answer = Truncate(masker.Mask(entry.Answer), MaxAnswerLength);
        entry.FeedbackComment = entry.FeedbackComment is null ? null : Truncate(masker.Mask(entry.FeedbackComment), MaxCommentLength);
        // The reason quotes a follow-up as understood, which is the citizen's words again.
        entry.Reason = Truncate(masker.Mask(entry.Reason), MaxReasonLength);
        entry.Channel = Truncate(entry.Channel, MaxNameLength);
        entry.Intent = Truncate(entry.Intent, MaxNameLength);
        entry.ConversationId = entry.ConversationId is null ? null : Truncate(entry.ConversationId, MaxConversationIdLength);
        if (entry.At == default)
        {
            entry.At = time.GetUtcNow();
        }

        writer.TryEnqueue(entry);
        return Task.FromResult(entry.PublicId);
    }

    /// <summary>Writes everything queued so far, for readers that must see the latest turns.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => writer.FlushAsync(cancellationToken);

    /// <summary>
    /// Records a rating for an ask of <paramref name="conversationId"/> only, so a guessed or copied id cannot rate
    /// someone else's turn. A rating without a comment keeps a comment stored earlier.
    /// </summary>
    public async Task<bool> RecordFeedbackAsync(string askId, string conversationId, bool helpful, string? comment, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(askId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var masked = string.IsNullOrWhiteSpace(comment) ? null : Truncate(masker.Mask(comment.Trim()), MaxCommentLength);

        // The citizen can rate a reply before its entry left the queue.
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var entry = db.AskLog.Where(e => e.PublicId == askId && e.ConversationId == conversationId);
            var updated = masked is null
                ? await entry.ExecuteUpdateAsync(s => s.SetProperty(e => e.Feedback, helpful), cancellationToken).ConfigureAwait(false)
                : await entry.ExecuteUpdateAsync(s => s.SetProperty(e => e.Feedback, helpful).SetProperty(e => e.FeedbackComment, masked), cancellationToken)
                    .ConfigureAwait(false);
            return updated > 0;
        }
    }

    /// <summary>
    /// The newest entries first. With <paramref name="needsReview"/>, only turns that went unanswered or were rated
    /// unhelpful: the staff review queue.
    /// </summary>
    public async Task<IReadOnlyList<AskLogEntry>> GetRecentAsync(int count, bool needsReview, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var query = db.AskLog.AsNoTracking();
            if (needsReview)
            {
                query = query.Where(e => !e.Answered || e.Feedback == false);
            }

            return await query.OrderByDescending(e => e.Id).Take(count).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The turns of one conversation, oldest first (at most <paramref name="take"/>, the latest ones), for reading it
    /// back. Entries still queued are written first.
    /// </summary>
    public async Task<IReadOnlyList<AskLogEntry>> GetConversationAsync(string conversationId, int take, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var latest = await db.AskLog.AsNoTracking()
                .Where(e => e.ConversationId == conversationId)
                .OrderByDescending(e => e.Id)
                .Take(take)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            latest.Reverse();
            return latest;
        }
    }

    /// <summary>One entry by its public id, or null.</summary>
    public async Task<AskLogEntry?> FindAsync(string askId, CancellationToken cancellationToken)
    {
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.AskLog.AsNoTracking().FirstOrDefaultAsync(e => e.PublicId == askId, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
