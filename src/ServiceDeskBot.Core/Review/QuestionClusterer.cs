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

        // Exact shortcuts over comparing every item with every seed (thousands of items in a busy queue): a seed that
        // shares no bigram with a question scores 0, below any threshold, so only seeds found through the bigram
        // postings are compared; and seeds never change, so a wording seen before only needs the seeds added since.
        // Seeds are compared in the order they were made, so the first best seed still wins a tie.
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var seen = new Dictionary<string, (Dictionary<string, int> Grams, int Best, double Score, int Checked)>(StringComparer.Ordinal);
        foreach (var item in ordered)
        {
            var text = QuestionSimilarity.Normalize(item.Question);
            var (grams, best, bestScore, from) = seen.TryGetValue(text, out var known)
                ? known
                : (QuestionSimilarity.Bigrams(text), -1, 0.0, 0);
            foreach (var c in CandidateSeeds(grams, postings, from))
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
                // The next identical wording is compared with this new seed too, and joins it.
                seen[text] = (grams, -1, 0.0, seeds.Count);
                foreach (var gram in grams.Keys)
                {
                    if (!postings.TryGetValue(gram, out var list))
                    {
                        postings[gram] = list = [];
                    }

                    list.Add(seeds.Count);
                }

                seeds.Add(grams);
                members.Add([item]);
            }
            else
            {
                seen[text] = (grams, best, bestScore, seeds.Count);
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

    // Seeds from index `from` on that share at least one bigram with the question, in ascending order.
    private static List<int> CandidateSeeds(Dictionary<string, int> grams, Dictionary<string, List<int>> postings, int from)
    {
        var found = new HashSet<int>();
        foreach (var gram in grams.Keys)
        {
            if (postings.TryGetValue(gram, out var list))
            {
                for (var i = list.Count - 1; i >= 0 && list[i] >= from; i--)
                {
                    found.Add(list[i]);
                }
            }
        }

        var candidates = found.ToList();
        candidates.Sort();
        return candidates;
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
