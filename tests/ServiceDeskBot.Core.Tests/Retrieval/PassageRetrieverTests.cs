using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Retrieval;

public sealed class PassageRetrieverTests(RetrievalFixture fixture) : IClassFixture<RetrievalFixture>
{
    private PassageRetriever Retriever => fixture.Retriever;

    private IReadOnlyList<SearchHit> Search(string question, int top = 5) =>
        Retriever.Search(Retriever.Normalizer.Analyze(question), top);

    [Theory]
    [InlineData("二七区重点项目计划投资多少亿元", "二七区")]
    [InlineData("中原区重点项目完成投资多少亿元", "中原区")]
    public void Search_puts_the_named_district_first_for_an_investment_question(string question, string district)
    {
        var hits = Search(question);

        Assert.NotEmpty(hits);
        Assert.Contains(district, Retriever.Index!.PlacesOf(hits[0].Passage.Id));
    }

    [Fact]
    public void Search_ranks_the_two_districts_differently_for_the_same_investment_question()
    {
        var erqi = Search("二七区重点项目计划投资多少亿元");
        var zhongyuan = Search("中原区重点项目计划投资多少亿元");

        Assert.NotEqual(erqi[0].Passage.Id, zhongyuan[0].Passage.Id);
        Assert.DoesNotContain("二七区", Retriever.Index!.PlacesOf(zhongyuan[0].Passage.Id));
        Assert.DoesNotContain("中原区", Retriever.Index!.PlacesOf(erqi[0].Passage.Id));
    }

    [Fact]
    public void Search_puts_a_speakers_continued_passage_first_though_only_the_passage_before_names_the_street()
    {
        const string Question = "迎宾路街道坚持什么融合创新助企";

        var hits = Search(Question);

        Assert.DoesNotContain("迎宾路", hits[0].Passage.Text, StringComparison.Ordinal);
        Assert.Contains("网格+万人助万企", hits[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_keeps_the_question_without_its_place_names_beside_the_whole_question()
    {
        var analyzed = Retriever.Normalizer.Analyze("中原区要构建什么治理新格局");

        Assert.Contains("中原区", analyzed.Normalized, StringComparison.Ordinal);
        Assert.DoesNotContain("中原", analyzed.WithoutPlaces ?? analyzed.Normalized, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_applies_synonyms_at_query_time()
    {
        var analyzed = Retriever.Normalizer.Analyze("中原区怎样招商");

        var hits = Retriever.Search(analyzed, 3);

        Assert.Equal(["招商引资"], analyzed.Expansions);
        Assert.Contains("招商引资", hits[0].Passage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("请问")]
    [InlineData("我想问一下，")]
    [InlineData("麻烦问下")]
    public void Search_keeps_the_top_hit_when_a_polite_filler_is_added(string filler)
    {
        const string Question = "中原区去年增加了多少个学位";

        var plain = Search(Question);
        var polite = Search(filler + Question);

        Assert.Equal(plain[0].Passage.Id, polite[0].Passage.Id);
    }

    [Theory]
    [InlineData("学位 AND OR ( ) * ? : \\ \"")]
    [InlineData("中原区 AND (投资 OR 项目)* ?学位: \\\\")]
    [InlineData("'; DROP TABLE AskLog; --")]
    [InlineData("<script>alert('学位')</script>")]
    [InlineData("+-&&||!(){}[]^\"~*?:\\/")]
    [InlineData("")]
    public void Search_does_not_throw_on_hostile_input_and_returns_at_most_top_hits(string question)
    {
        var hits = Search(question, 3);

        Assert.InRange(hits.Count, 0, 3);
    }

    [Fact]
    public void Search_handles_ten_thousand_characters_within_top()
    {
        var question = string.Concat(Enumerable.Repeat("中原区学位投资AND(", 10_000 / 11 + 1))[..10_000];

        var hits = Search(question, 4);

        Assert.InRange(hits.Count, 0, 4);
    }

    [Fact]
    public void WeightedTerms_drops_word_seam_bigrams_but_keeps_words_the_corpus_lacks()
    {
        var terms = Retriever.WeightedTerms("学校和医院 营业执照").Select(t => t.Term).ToList();

        Assert.Contains("学校", terms);
        Assert.Contains("医院", terms);
        Assert.DoesNotContain("校和", terms);
        Assert.DoesNotContain("和医", terms);
        Assert.Contains("营业", terms);
        Assert.Contains("执照", terms);
    }
}
