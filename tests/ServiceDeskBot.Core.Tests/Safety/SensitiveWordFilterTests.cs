using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Tests.Safety;

public sealed class SensitiveWordFilterTests
{
    private readonly SensitiveWordFilter _filter;

    public SensitiveWordFilterTests()
    {
        _filter = new SensitiveWordFilter();
        _filter.Use(["违禁词", "abc秘方", "票贩", "毒品", "ass", "8964"]);
        _filter.UseAllowed(["打击毒品犯罪"]);
    }

    [Theory]
    [InlineData("请问违禁词怎么办")]
    [InlineData("请问违 禁 词怎么办")]
    [InlineData("请问违*禁-词怎么办")]
    [InlineData("请问违🌸禁🌸词怎么办")]
    [InlineData("请问违\u200B禁\u200B词怎么办")]
    [InlineData("ＡＢＣ秘方哪里买")]
    [InlineData("a b c 秘 方")]
    public void Find_matches_listed_words_despite_width_case_spaces_and_symbols(string question)
    {
        var found = _filter.Find(question);

        Assert.NotNull(found);
    }

    [Fact]
    public void Find_returns_null_for_an_ordinary_question()
    {
        var found = _filter.Find("中原区政务服务中心几点上班");

        Assert.Null(found);
    }

    [Fact]
    public void A_word_is_not_assembled_across_clause_punctuation()
    {
        var found = _filter.Find("请带上发票，贩卖许可证另行申请");

        Assert.Null(found);
    }

    [Fact]
    public void A_word_is_not_assembled_across_a_line_break()
    {
        var found = _filter.Find("请带上发票\n贩卖许可证另行申请");

        Assert.Null(found);
    }

    [Fact]
    public void A_word_is_not_assembled_from_characters_more_than_three_symbols_apart()
    {
        var found = _filter.Find("违 | 禁 |    | 词");

        Assert.Null(found);
    }

    [Theory]
    [InlineData("办理passport需要什么材料")]
    [InlineData("编号189645的材料")]
    public void A_latin_or_digit_word_inside_a_longer_latin_word_or_number_does_not_match(string text)
    {
        var found = _filter.Find(text);

        Assert.Null(found);
    }

    [Theory]
    [InlineData("you ass")]
    [InlineData("说ass是什么意思")]
    [InlineData("8964是什么")]
    public void A_latin_or_digit_word_standing_alone_matches(string text)
    {
        var found = _filter.Find(text);

        Assert.NotNull(found);
    }

    [Fact]
    public void A_listed_word_inside_an_allowed_phrase_does_not_match()
    {
        var found = _filter.Find("市公安局开展打击毒品犯罪专项行动");

        Assert.Null(found);
    }

    [Fact]
    public void The_allow_list_spares_only_the_occurrence_inside_the_allowed_phrase()
    {
        var matches = _filter.FindAll("打击毒品犯罪，毒品哪里买");

        var match = Assert.Single(matches);
        Assert.Equal(7, match.Start);
    }

    [Fact]
    public void FindAll_reports_each_occurrence_with_its_position_in_the_original_text()
    {
        const string text = "先说违 禁 词，再说ＡＢＣ秘方";

        var matches = _filter.FindAll(text);

        Assert.Equal(["违禁词", "abc秘方"], matches.Select(m => m.Word));
        Assert.Equal("违 禁 词", text.Substring(matches[0].Start, matches[0].Length));
        Assert.Equal("ＡＢＣ秘方", text.Substring(matches[1].Start, matches[1].Length));
    }

    [Fact]
    public void A_new_word_list_keeps_the_allow_list()
    {
        _filter.Use(["毒品"]);

        Assert.Equal(["打击毒品犯罪"], _filter.AllowedPhrases);
        Assert.Null(_filter.Find("打击毒品犯罪"));
    }

    [Fact]
    public void A_new_allow_list_keeps_the_word_list()
    {
        _filter.UseAllowed([]);

        Assert.Equal("毒品", _filter.Find("打击毒品犯罪"));
    }

    [Fact]
    public void Contains_is_false_when_the_list_is_empty()
    {
        var empty = new SensitiveWordFilter();

        var contains = empty.Contains("违禁词");

        Assert.False(contains);
    }
}
