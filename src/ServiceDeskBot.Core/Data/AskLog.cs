using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// The record of every turn: appended by the answer pipeline, rated by citizens, reviewed by staff.
/// Questions and feedback comments are masked here as well as upstream, because a single missed call site
/// must not put an ID-card number on disk.
/// </summary>
public sealed class AskLog(IDbContextFactory<ServiceDeskDbContext> dbFactory, PiiMasker masker, TimeProvider time) : IAskFeedbackStore
{
    private const int MaxCommentLength = 1000;
    private const int MaxQuestionLength = 2000;

    /// <summary>Stores <paramref name="entry"/> (masking its question in place) and returns its id.</summary>
    public async Task<long> AppendAsync(AskLogEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.Id = 0;
        entry.Question = Truncate(masker.Mask(entry.Question), MaxQuestionLength);
        entry.FeedbackComment = entry.FeedbackComment is null ? null : Truncate(masker.Mask(entry.FeedbackComment), MaxCommentLength);
        if (entry.At == default)
        {
            entry.At = time.GetUtcNow();
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            db.AskLog.Add(entry);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return entry.Id;
        }
    }

    public async Task<bool> RecordFeedbackAsync(long askId, bool helpful, string? comment, CancellationToken cancellationToken)
    {
        var masked = string.IsNullOrWhiteSpace(comment) ? null : Truncate(masker.Mask(comment.Trim()), MaxCommentLength);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var updated = await db.AskLog
                .Where(e => e.Id == askId)
                .ExecuteUpdateAsync(
                    setters => setters
                        .SetProperty(e => e.Feedback, helpful)
                        .SetProperty(e => e.FeedbackComment, masked),
                    cancellationToken)
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

    /// <summary>One entry by id, or null.</summary>
    public async Task<AskLogEntry?> FindAsync(long askId, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.AskLog.AsNoTracking().FirstOrDefaultAsync(e => e.Id == askId, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
