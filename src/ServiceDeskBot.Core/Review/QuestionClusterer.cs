using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Review;

/// <summary>
/// Groups review items whose questions share enough character bigrams (<see cref="QuestionSimilarity"/>), so an
/// admin answers a recurring question once. Greedy and order-independent: items are sorted before grouping, and each
/// joins the most similar existing cluster's first question (not any member, which would let clusters drift by
/// chaining) or starts a new one. Questions are masked again first, so nothing an upstream caller failed to mask is
/// shown or compared.
/// </summary>
public sealed class QuestionClusterer(PiiMasker masker)
{
    public IReadOnlyList<ReviewCluster> Cluster(IEnumerable<ReviewItem> items, double threshold)
    {
        var ordered = MaskAndOrder(items);
        var seeds = new List<Dictionary<string, int>>();
        var members = new List<List<ReviewItem>>();
        foreach (var item in ordered)
        {
            var grams = QuestionSimilarity.Bigrams(QuestionSimilarity.Normalize(item.Question));
            var best = -1;
            var bestScore = 0.0;
            for (var c = 0; c < seeds.Count; c++)
            {
                var score = QuestionSimilarity.Dice(grams, seeds[c]);
                if (score >= threshold && score > bestScore)
                {
                    best = c;
                    bestScore = score;
                }
            }

            if (best < 0)
            {
                seeds.Add(grams);
                members.Add([item]);
            }
            else
            {
                members[best].Add(item);
            }
        }

        return members
            .Select(list => new ReviewCluster(Representative(list), list))
            .OrderByDescending(c => c.Count)
            .ThenByDescending(c => c.Latest)
            .ThenBy(c => c.Representative, StringComparer.Ordinal)
            .ToList();
    }

    private List<ReviewItem> MaskAndOrder(IEnumerable<ReviewItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items
            .Select(i => i with { Question = masker.Mask(i.Question) })
            .OrderByDescending(i => i.At)
            .ThenByDescending(i => i.AskId ?? 0)
            .ThenByDescending(i => i.CorrectionId ?? 0)
            .ThenBy(i => i.Question, StringComparer.Ordinal)
            .ToList();
    }

    // The wording asked most often; among equals the newest, since items arrive newest first.
    private static string Representative(List<ReviewItem> items) =>
        items
            .Select((item, index) => (item.Question, index))
            .GroupBy(x => x.Question, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(x => x.index))
            .First()
            .Key;
}
