using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Tests.Safety;

public sealed class SensitiveWordFilterTests
{
    private readonly SensitiveWordFilter _filter;

    public SensitiveWordFilterTests()
    {
        _filter = new SensitiveWordFilter();
        _filter.Use(["违禁词", "abc秘方"]);
    }

    [Theory]
    [InlineData("请问违禁词怎么办")]
    [InlineData("请问违 禁 词怎么办")]
    [InlineData("请问违*禁-词怎么办")]
    [InlineData("ＡＢＣ秘方哪里买")]
    [InlineData("a b c 秘 方")]
    public void Find_matches_listed_words_despite_width_case_spaces_and_punctuation(string question)
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
}
