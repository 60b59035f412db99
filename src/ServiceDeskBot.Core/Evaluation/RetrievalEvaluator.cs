using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Evaluation;

/// <summary>Scores retrieval on an evaluation set: a hit is a passage from the gold source containing a gold answer.</summary>
public static class RetrievalEvaluator
{
    public static async Task<RetrievalReport> EvaluateAsync(
        IPassageSearch search, IReadOnlyList<EvalItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(items);
        var answerable = items.Where(i => i.Kind == EvalItem.Answerable).ToList();
        var misses = new List<RetrievalMiss>();
        double at1 = 0, at5 = 0, mrr = 0;

        foreach (var item in answerable)
        {
            var hits = await search.SearchAsync(item.Question, 10, cancellationToken).ConfigureAwait(false);
            var rank = FirstHitRank(item, hits);
            at1 += rank == 1 ? 1 : 0;
            at5 += rank is <= 5 ? 1 : 0;
            mrr += rank is { } r ? 1.0 / r : 0;
            if (rank != 1)
            {
                var top = hits.Count > 0 ? hits[0].Passage : null;
                misses.Add(new RetrievalMiss(item.Id, item.Question, rank, top?.Source ?? "-", top?.Text ?? ""));
            }
        }

        var n = Math.Max(1, answerable.Count);
        return new RetrievalReport(answerable.Count, at1 / n, at5 / n, mrr / n, misses);
    }

    /// <summary>
    /// The share of the answerable items whose first chosen passage (<paramref name="chosen"/>: the passage the
    /// evidence finder quotes first, after its own ordering of the retrieved passages) is a hit.
    /// </summary>
    public static double ChosenAt1(IReadOnlyList<EvalItem> items, Func<string, Ingestion.Passage?> chosen)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(chosen);
        var answerable = items.Where(i => i.Kind == EvalItem.Answerable).ToList();
        var hits = answerable.Count(i => chosen(i.Question) is { } p && IsHit(i, p));
        return hits / (double)Math.Max(1, answerable.Count);
    }

    public static int? FirstHitRank(EvalItem item, IReadOnlyList<SearchHit> hits)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(hits);
        for (var i = 0; i < Math.Min(10, hits.Count); i++)
        {
            if (IsHit(item, hits[i].Passage))
            {
                return i + 1;
            }
        }

        return null;
    }

    // The hit rule of recall@k and evidence@1: a passage of the gold source that holds a gold answer string.
    private static bool IsHit(EvalItem item, Ingestion.Passage passage) =>
        passage.Source == item.Source && EvalSet.ContainsAnswer(passage.Text, item.Answers);
}
