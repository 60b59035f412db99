using Lucene.Net.Store;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class FoldedPassagesTests
{
    private static readonly Passage Incubators = new("p1", "a.txt", "新闻", "科技", 0, 0, 12, "中原区新增孵化器３家。");

    [Fact]
    public void A_passage_folded_twice_under_one_index_is_folded_once()
    {
        using var retriever = Retriever(new PlaceGazetteer([["中原区"]]));
        var folded = new FoldedPassages(retriever);

        var first = folded.Of(Incubators, heading: null);
        var second = folded.Of(Incubators, heading: null);

        Assert.Same(first, second);
        Assert.Contains("孵化器3家", first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_re_index_with_another_place_list_folds_the_passage_afresh()
    {
        using var retriever = Retriever(new PlaceGazetteer([["中原区"]]));
        var folded = new FoldedPassages(retriever);
        var before = folded.Of(Incubators, heading: null);

        retriever.Use(Index(PlaceGazetteer.Empty));
        var after = folded.Of(Incubators, heading: null);

        Assert.Contains("科技 中原区 ", before, StringComparison.Ordinal);
        Assert.DoesNotContain("科技 中原区 ", after, StringComparison.Ordinal);
    }

    [Fact]
    public void The_heading_a_quote_stands_under_is_folded_between_the_places_and_the_text()
    {
        using var retriever = Retriever(PlaceGazetteer.Empty);
        var folded = new FoldedPassages(retriever);

        var withHeading = folded.Of(Incubators, "第三条　补贴");

        Assert.Contains("第三条 补贴 中原区", withHeading, StringComparison.Ordinal);
        Assert.NotSame(folded.Of(Incubators, heading: null), withHeading);
    }

    private static PassageRetriever Retriever(PlaceGazetteer places)
    {
        var retriever = new PassageRetriever(new QueryNormalizer(SynonymSet.Empty, places));
        retriever.Use(Index(places));
        return retriever;
    }

    private static PassageIndex Index(PlaceGazetteer places)
    {
        var directory = new RAMDirectory();
        PassageIndex.Build(directory, [Incubators], places, new WordSegmenter([]));
        return PassageIndex.Open(directory);
    }
}
