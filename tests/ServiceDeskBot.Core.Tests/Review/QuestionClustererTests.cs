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

    private static ReviewItem Declined(long id, string question) =>
        new([ReviewItemKind.Declined], id, null, question, Start.AddMinutes(id));

    private static List<string> Describe(IReadOnlyList<ReviewCluster> clusters) =>
        clusters.Select(c => $"{c.Representative}:{string.Join(',', c.AskIds)}").ToList();
}
