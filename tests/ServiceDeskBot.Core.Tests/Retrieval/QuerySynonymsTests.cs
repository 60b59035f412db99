using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Retrieval;

public sealed class QuerySynonymsTests
{
    [Fact]
    public void A_text_carries_the_question_word_whose_synonym_it_says()
    {
        var set = new SynonymSet([["入学名额", "学位"], ["社保", "社会保险"]]);

        var carried = set.For("入学名额怎么申请").WordsCarriedBy("学位申请需要户口簿");

        Assert.Equal(["入学名额"], carried);
    }

    [Fact]
    public void A_group_the_question_does_not_use_carries_nothing()
    {
        var set = new SynonymSet([["入学名额", "学位"], ["社保", "社会保险"]]);

        var carried = set.For("入学名额怎么申请").WordsCarriedBy("社会保险在哪里交");

        Assert.Empty(carried);
    }

    [Fact]
    public void The_words_come_in_the_order_a_scan_of_every_group_gives_them()
    {
        var set = new SynonymSet([["社保", "社会保险"], ["医保", "医疗保险"], ["五险", "社保"]]);
        const string question = "社保和医保怎么交";
        const string text = "社会保险、医疗保险和五险的缴费";

        var carried = set.For(question).WordsCarriedBy(text);

        Assert.Equal(["社保", "医保", "社保"], carried);
    }
}
