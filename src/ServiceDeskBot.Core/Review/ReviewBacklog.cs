using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Review;

/// <summary>
/// The admins' review queue: declined, low-confidence and disliked turns from the ask log plus unhandled staff
/// corrections, grouped into clusters of similar questions. Handling a cluster (dismissing it or answering it with a
/// curated answer) marks its ask-log entries reviewed and its corrections handled, so it leaves the queue.
/// </summary>
public sealed class ReviewBacklog(
    IDbContextFactory<ServiceDeskDbContext> dbFactory,
    AskLog askLog,
    QuestionClusterer clusterer,
    ReviewCriteria criteria,
    EvidenceFinder evidence,
    AnswerComposer composer,
    IOptions<ReviewOptions> options,
    TimeProvider time)
{
    /// <summary>
    /// The channel of turns admins ask with 试一试 on the curated-answer pages: they test the bot, so they never wait
    /// in the queue.
    /// </summary>
    public const string TryChannel = "admin-try";

    /// <summary>The waiting clusters, largest and newest first, with the ids that name them.</summary>
    public Task<ReviewSnapshot> GetSnapshotAsync(CancellationToken cancellationToken) =>
        GetSnapshotAsync(long.MaxValue, long.MaxValue, cancellationToken);

    /// <summary>
    /// The waiting clusters of one view: the newest <see cref="ReviewOptions.MaxItems"/> waiting asks and corrections
    /// up to the given ids, so a queue of any length is read a bounded window at a time, newest first
    /// (<see cref="ReviewSnapshot.Older"/> names the next window).
    /// </summary>
    public async Task<ReviewSnapshot> GetSnapshotAsync(long throughAskId, long throughCorrectionId, CancellationToken cancellationToken)
    {
        var window = await LoadWindowAsync(throughAskId, throughCorrectionId, cancellationToken).ConfigureAwait(false);
        var items = window.Items;
        var max = options.Value.MaxItems;
        var older = window.Asks.Count >= max || window.Corrections.Count >= max
            ? (window.Asks.Count >= max ? window.Asks.Min() - 1 : 0, window.Corrections.Count >= max ? window.Corrections.Min() - 1 : 0)
            : ((long, long)?)null;
        return new ReviewSnapshot(
            clusterer.Cluster(items, options.Value.ClusterSimilarity),
            items.Select(i => i.AskId ?? 0).DefaultIfEmpty().Max(),
            items.Select(i => i.CorrectionId ?? 0).DefaultIfEmpty().Max())
        {
            Older = older,
        };
    }

    /// <summary>
    /// The cluster <paramref name="key"/> names, as the queue showed it: the waiting items up to the key's ids,
    /// clustered again, and the cluster holding its anchor. Null when the anchor is no longer waiting.
    /// </summary>
    public async Task<ReviewCluster?> FindClusterAsync(ReviewClusterKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var items = await LoadItemsAsync(key.ThroughAskId, key.ThroughCorrectionId, cancellationToken).ConfigureAwait(false);
        return clusterer.Cluster(items, options.Value.ClusterSimilarity).FirstOrDefault(c => c.Items.Any(key.IsAnchor));
    }

    /// <summary>
    /// A curated answer pre-filled from the cluster <paramref name="key"/> names, or null when it is no longer waiting.
    /// </summary>
    public async Task<CuratedAnswerDraft?> DraftAsync(ReviewClusterKey key, CancellationToken cancellationToken)
    {
        var cluster = await FindClusterAsync(key, cancellationToken).ConfigureAwait(false);
        if (cluster is null)
        {
            return null;
        }

        var answer = cluster.SuggestedAnswer;
        IReadOnlyList<string> cited = [];
        if (answer is null)
        {
            // The quotes a template answer would give, as plain sentences: the citations carry the titles.
            var quotes = composer.ChooseQuotes(evidence.Find(cluster.Representative));
            answer = string.Join("\n", quotes.Select(q => q.Text));
            cited = quotes.Select(q => q.Passage.Id).Distinct(StringComparer.Ordinal).ToList();
        }

        return new CuratedAnswerDraft(cluster.Representative, cluster.Alternates, answer, cited, cluster.AskIds, cluster.CorrectionIds);
    }

    /// <summary>
    /// Dismisses items: marks the given entries reviewed and corrections handled, and audits it in
    /// <paramref name="userName"/>'s name; returns how many rows changed.
    /// </summary>
    public async Task<int> MarkReviewedAsync(
        IReadOnlyCollection<long> askIds, IReadOnlyCollection<long> correctionIds, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(askIds);
        ArgumentNullException.ThrowIfNull(correctionIds);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var changed = await MarkAsync(db, askIds, correctionIds, userName, cancellationToken).ConfigureAwait(false);
                var items = string.Join(' ', askIds.Select(id => "ask:" + id).Concat(correctionIds.Select(id => "correction:" + id)));
                AuditTrail.Add(db, time.GetUtcNow(), userName, AuditEntityTypes.ReviewItems,
                    askIds.Concat(correctionIds).FirstOrDefault().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    CurationAction.Dismiss, $"将 {askIds.Count} 条提问和 {correctionIds.Count} 条纠错标记为已处理", after: items);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return changed;
            }
        }
    }

    /// <summary>
    /// Saves a curated answer written from a cluster and marks the cluster's entries reviewed, both or neither.
    /// Returns the new answer's id.
    /// </summary>
    public async Task<int> CreateCuratedAnswerAsync(CuratedAnswerDraft draft, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var answer = new CuratedAnswer
                {
                    Question = draft.Question.Trim(),
                    AlternateQuestions = draft.Alternates.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
                    Answer = draft.Answer.Trim(),
                    CitedPassageIds = [.. draft.CitedPassageIds],
                    Enabled = true,
                };
                db.CuratedAnswers.Add(answer);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                // Its first revision and audit entry in the admin's name: without them the history page later
                // recorded the answer as created by 系统.
                CurationService.RecordCreated(db, answer, userName, "从待审队列", time.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await MarkAsync(db, draft.AskIds, draft.CorrectionIds, userName, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return answer.Id;
            }
        }
    }

    private async Task<int> MarkAsync(
        ServiceDeskDbContext db, IReadOnlyCollection<long> askIds, IReadOnlyCollection<long> correctionIds, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(askIds);
        ArgumentNullException.ThrowIfNull(correctionIds);
        var now = time.GetUtcNow();
        var corrections = await db.StaffCorrections
            .Where(c => correctionIds.Contains(c.Id))
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.Handled, true).SetProperty(c => c.HandledAt, now).SetProperty(c => c.HandledBy, userName),
                cancellationToken)
            .ConfigureAwait(false);

        // A correction's own ask leaves the queue with it, or the same turn would come back as a declined ask.
        var correctionAsks = await db.StaffCorrections
            .Where(c => correctionIds.Contains(c.Id) && c.AskId != null)
            .Select(c => c.AskId!.Value)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var allAsks = askIds.Concat(correctionAsks).Distinct().ToList();
        var asks = await db.AskLog
            .Where(e => allAsks.Contains(e.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Reviewed, true), cancellationToken)
            .ConfigureAwait(false);
        return corrections + asks;
    }

    private async Task<List<ReviewItem>> LoadItemsAsync(long throughAskId, long throughCorrectionId, CancellationToken cancellationToken) =>
        (await LoadWindowAsync(throughAskId, throughCorrectionId, cancellationToken).ConfigureAwait(false)).Items;

    // The items, and the ids of the asks and corrections read (a full window has older ones after it).
    private async Task<(List<ReviewItem> Items, List<long> Asks, List<long> Corrections)> LoadWindowAsync(
        long throughAskId, long throughCorrectionId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var lowConfidence = settings.LowConfidenceBelow;
        var checkCoverage = settings.CoverageMargin > 0;
        await askLog.FlushAsync(cancellationToken).ConfigureAwait(false);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var asks = await db.AskLog.AsNoTracking()
                .Where(e => !e.Reviewed && e.Id <= throughAskId && e.Channel != TryChannel)
                .Where(e => (!e.Answered && e.Intent == IntentLabels.Question)
                            || e.Feedback == false
                            || e.Confidence < lowConfidence
                            || (checkCoverage && e.Answered && e.Reason.Contains("coverage")))
                .OrderByDescending(e => e.Id)
                .Take(settings.MaxItems)
                .Select(e => new { e.Id, e.At, e.Question, e.Intent, e.Confidence, e.Answered, e.Feedback, e.Reason, e.ConversationId, e.Answer })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);

            var corrections = await db.StaffCorrections.AsNoTracking()
                .Where(c => !c.Handled && c.Id <= throughCorrectionId)
                .OrderByDescending(c => c.Id)
                .Take(settings.MaxItems)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);

            var askKinds = asks
                .Select(e => (e.Id, e.At, e.Question, e.Reason, e.ConversationId, e.Answer, Kinds: criteria.KindsOf(e.Intent, e.Confidence, e.Answered, e.Feedback, e.Reason)))
                .Where(e => e.Kinds.Count > 0)
                .ToDictionary(e => e.Id);
            var items = new List<ReviewItem>();
            foreach (var correction in corrections)
            {
                // A correction about a queued ask absorbs it, so one turn is counted once.
                List<ReviewItemKind> kinds = [ReviewItemKind.Correction];
                string? reason = null, conversationId = null, answer = null;
                if (correction.AskId is { } askId && askKinds.Remove(askId, out var ask))
                {
                    kinds.AddRange(ask.Kinds);
                    (reason, conversationId, answer) = (ask.Reason, ask.ConversationId, ask.Answer);
                }

                items.Add(new ReviewItem(kinds, correction.AskId, correction.Id, correction.Question, correction.At, correction.SuggestedAnswer)
                {
                    Reason = reason,
                    ConversationId = conversationId,
                    Answer = string.IsNullOrEmpty(answer) ? correction.CurrentAnswer : answer,
                });
            }

            items.AddRange(askKinds.Values.Select(a => new ReviewItem(a.Kinds, a.Id, null, a.Question, a.At)
            {
                Reason = a.Reason,
                ConversationId = a.ConversationId,
                Answer = a.Answer,
            }));
            return (items, asks.Select(a => a.Id).ToList(), corrections.Select(c => c.Id).ToList());
        }
    }
}
