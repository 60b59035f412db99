using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// Finds the enabled curated answer whose question (or an alternate) is closest to a citizen's question. Enabled
/// answers are held in memory and reloaded after any save that touched curated answers (see <see cref="DataChangeSignal"/>).
/// </summary>
public sealed class CuratedAnswerMatcher(
    IDbContextFactory<ServiceDeskDbContext> dbFactory,
    DataChangeSignal signal,
    IOptions<CuratedAnswersOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Snapshot? _snapshot;

    /// <summary>The closest enabled curated answer, or null when there is none with any similarity.</summary>
    public async Task<CuratedAnswerMatch?> MatchAsync(string question, CancellationToken cancellationToken)
    {
        var bigrams = QuestionSimilarity.Bigrams(QuestionSimilarity.Normalize(question));
        if (bigrams.Count == 0)
        {
            return null;
        }

        var snapshot = await GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        CuratedAnswerMatch? best = null;
        foreach (var entry in snapshot.Entries)
        {
            var score = QuestionSimilarity.Dice(bigrams, entry.Bigrams);
            if (score > 0 && (best is null || score > best.Score))
            {
                best = new CuratedAnswerMatch(entry.Answer, entry.Phrasing, score, score >= options.Value.MatchThreshold);
            }
        }

        return best;
    }

    /// <summary>
    /// Every enabled curated answer with any similarity to <paramref name="question"/>, each by its closest wording,
    /// in the order <see cref="MatchAsync"/> weighs them: the first is the one it returns, so any later one that also
    /// clears the threshold is shadowed by it.
    /// </summary>
    public async Task<IReadOnlyList<CuratedAnswerMatch>> RankAsync(string question, CancellationToken cancellationToken)
    {
        var bigrams = QuestionSimilarity.Bigrams(QuestionSimilarity.Normalize(question));
        if (bigrams.Count == 0)
        {
            return [];
        }

        var snapshot = await GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        var best = new Dictionary<int, (CuratedAnswerMatch Match, int Position)>();
        for (var position = 0; position < snapshot.Entries.Count; position++)
        {
            var entry = snapshot.Entries[position];
            var score = QuestionSimilarity.Dice(bigrams, entry.Bigrams);
            if (score > 0 && (!best.TryGetValue(entry.Answer.Id, out var known) || score > known.Match.Score))
            {
                best[entry.Answer.Id] = (new CuratedAnswerMatch(entry.Answer, entry.Phrasing, score, score >= options.Value.MatchThreshold), position);
            }
        }

        // Ties go to the wording met first, as in MatchAsync, which keeps only a strictly better score.
        return best.Values.OrderByDescending(b => b.Match.Score).ThenBy(b => b.Position).Select(b => b.Match).ToList();
    }

    /// <summary>The similarity a question needs to be answered by a curated answer.</summary>
    public double Threshold => options.Value.MatchThreshold;

    /// <summary>Forces the next match to reload curated answers from the database.</summary>
    public void Invalidate() => _snapshot = null;

    public void Dispose() => _reload.Dispose();

    private async Task<Snapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        var generation = signal.CuratedAnswersGeneration;
        var current = _snapshot;
        if (current is not null && current.Generation == generation)
        {
            return current;
        }

        await _reload.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = _snapshot;
            if (current is not null && current.Generation == generation)
            {
                return current;
            }

            var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                var answers = await db.CuratedAnswers.AsNoTracking().Where(a => a.Enabled).ToListAsync(cancellationToken).ConfigureAwait(false);
                var entries = answers
                    .SelectMany(a => a.AlternateQuestions.Prepend(a.Question).Select(q => (Answer: a, Phrasing: q)))
                    .Select(p => new Entry(p.Answer, p.Phrasing, QuestionSimilarity.Bigrams(QuestionSimilarity.Normalize(p.Phrasing))))
                    .Where(e => e.Bigrams.Count > 0)
                    .ToList();
                current = new Snapshot(generation, entries);
                _snapshot = current;
                return current;
            }
        }
        finally
        {
            _reload.Release();
        }
    }

    private sealed record Entry(CuratedAnswer Answer, string Phrasing, Dictionary<string, int> Bigrams);

    private sealed record Snapshot(long Generation, List<Entry> Entries);
}
