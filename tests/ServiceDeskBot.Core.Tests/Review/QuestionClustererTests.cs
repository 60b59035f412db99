using ServiceDeskBot.Core.Review;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Tests.Review;

public sealed class QuestionClustererTests
{
    private const double Threshold = 0.5;
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly QuestionClusterer _clusterer = new(new PiiMasker());

    [Fact]
    public void Similar_wordings_of_one_question_share_a_cluster()
    {
        var items = new[] { Declined(1, "公积金怎么提取"), Declined(2, "请问公积金怎么提取？"), Declined(3, "公积金如何提取呢") };

        var clusters = _clusterer.Cluster(items, Threshold);

        var cluster = Assert.Single(clusters);
        Assert.Equal(3, cluster.Count);
        Assert.Equal([3L, 2L, 1L], cluster.AskIds);
    }

    [Fact]
    public void Questions_on_different_topics_stay_apart()
    {
        var items = new[] { Declined(1, "公积金怎么提取"), Declined(2, "护照在哪里办理"), Declined(3, "公积金怎么提取啊") };

        var clusters = _clusterer.Cluster(items, Threshold);

        Assert.Equal(2, clusters.Count);
        Assert.Equal([3L, 1L], clusters[0].AskIds);
        Assert.Equal([2L], clusters[1].AskIds);
        Assert.Equal("护照在哪里办理", clusters[1].Representative);
    }

    [Fact]
    public void Clustering_gives_the_same_result_whatever_the_input_order()
    {
        var items = new[]
        {
            Declined(1, "公积金怎么提取"), Declined(2, "护照在哪里办理"), Declined(3, "公积金如何提取"),
            Declined(4, "护照去哪里办理"), Declined(5, "社保卡丢了怎么办"), Declined(6, "公积金怎么提取"),
        };

        var forward = Describe(_clusterer.Cluster(items, Threshold));
        var backward = Describe(_clusterer.Cluster(items.Reverse(), Threshold));
        var shuffled = Describe(_clusterer.Cluster(items.OrderBy(i => i.Question.GetHashCode(StringComparison.Ordinal)), Threshold));

        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
    }

    [Fact]
    public void Representative_is_the_most_frequent_wording()
    {
        var items = new[] { Declined(1, "公积金怎么提取"), Declined(2, "公积金怎么提取"), Declined(3, "公积金如何提取") };

        var cluster = Assert.Single(_clusterer.Cluster(items, Threshold));

        Assert.Equal("公积金怎么提取", cluster.Representative);
        Assert.Equal(["公积金如何提取"], cluster.Alternates);
    }

    [Fact]
    public void Clusters_show_and_compare_only_masked_questions()
    {
        var items = new[] { Declined(1, "我的手机13812345678收不到社保验证码"), Declined(2, "我的手机13987654321收不到社保验证码") };

        var clusters = _clusterer.Cluster(items, Threshold);

        var cluster = Assert.Single(clusters);
        var shown = string.Join("|", cluster.Items.Select(i => i.Question).Append(cluster.Representative).Concat(cluster.Alternates));
        Assert.DoesNotContain("13812345678", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("13987654321", shown, StringComparison.Ordinal);
        Assert.Contains("138****5678", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_lists_every_reason_its_items_wait()
    {
        var items = new[]
        {
            Declined(1, "公积金怎么提取"),
            new ReviewItem([ReviewItemKind.Correction], null, 7, "公积金怎么提取呀", Start.AddHours(5), "携带身份证到公积金中心办理"),
        };

        var cluster = Assert.Single(_clusterer.Cluster(items, Threshold));

        Assert.Equal([ReviewItemKind.Declined, ReviewItemKind.Correction], cluster.Kinds);
        Assert.Equal([7L], cluster.CorrectionIds);
        Assert.Equal("携带身份证到公积金中心办理", cluster.SuggestedAnswer);
    }

    [Fact]
    public void A_large_queue_is_clustered_exactly_as_comparing_every_question_with_every_cluster()
    {
        var random = new Random(1201);
        string[] topics = ["公积金", "护照", "社保卡", "居住证", "营业执照", "新生儿", "医保", "驾驶证", "退休金", "不动产"];
        string[] asks = ["怎么提取", "在哪里办理", "如何补办", "需要什么材料", "多久能办好", "可以网上办吗", "丢了怎么办"];
        string[] fillers = ["", "请问", "你好，", "我想问一下"];
        var items = Enumerable.Range(1, 3000)
            .Select(i => Declined(i, fillers[random.Next(fillers.Length)] + topics[random.Next(topics.Length)] + asks[random.Next(asks.Length)]
                                     + (random.Next(5) == 0 ? "？" : "") + (random.Next(20) == 0 ? topics[random.Next(topics.Length)] : "")))
            .ToList();

        var clusters = _clusterer.Cluster(items, Threshold);

        Assert.True(clusters.Count > 10, "the queue should hold many clusters");
        Assert.Equal(Members(NaiveCluster(items, Threshold)), Members(clusters));
    }

    // The greedy clustering written plainly: every question against every seed, the first best seed wins.
    private static List<ReviewCluster> NaiveCluster(IEnumerable<ReviewItem> items, double threshold)
    {
        var seeds = new List<Dictionary<string, int>>();
        var members = new List<List<ReviewItem>>();
        foreach (var item in items.OrderByDescending(i => i.At).ThenByDescending(i => i.AskId ?? 0))
        {
            var grams = ServiceDeskBot.Core.Data.QuestionSimilarity.Bigrams(ServiceDeskBot.Core.Data.QuestionSimilarity.Normalize(item.Question));
            var (best, bestScore) = (-1, 0.0);
            for (var c = 0; c < seeds.Count; c++)
            {
                var score = ServiceDeskBot.Core.Data.QuestionSimilarity.Dice(grams, seeds[c]);
                if (score >= threshold && score > bestScore)
                {
                    (best, bestScore) = (c, score);
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

        return members.Select(m => new ReviewCluster(m[0].Question, m)).ToList();
    }

    private static ReviewItem Declined(long id, string question) =>
        new([ReviewItemKind.Declined], id, null, question, Start.AddMinutes(id));

    private static List<string> Describe(IReadOnlyList<ReviewCluster> clusters) =>
        clusters.Select(c => $"{c.Representative}:{string.Join(',', c.AskIds)}").ToList();

    private static List<string> Members(IEnumerable<ReviewCluster> clusters) =>
        clusters.Select(c => string.Join(',', c.AskIds)).Order(StringComparer.Ordinal).ToList();
}
