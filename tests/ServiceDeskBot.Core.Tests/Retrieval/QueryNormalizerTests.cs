using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Retrieval;

public sealed class QueryNormalizerTests
{
    private static readonly QueryNormalizer Normalizer = new(
        SynonymSet.Empty,
        PlaceGazetteer.Empty,
        WordSegmenter.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "retrieval", "userdict.txt"), []));

    [Fact]
    public void The_focus_is_the_word_after_a_one_character_question_word()
    {
        var analyzed = Normalizer.Analyze("办理营业执照需要几个工作日");

        Assert.Equal(["工作日"], analyzed.Focus);
    }

    [Fact]
    public void The_focus_is_up_to_two_words_before_a_question_word_that_ends_the_question()
    {
        var analyzed = Normalizer.Analyze("窗口负责人是谁");

        Assert.Equal(["窗口", "负责人"], analyzed.Focus);
    }

    [Fact]
    public void A_question_without_a_question_word_has_no_focus()
    {
        var analyzed = Normalizer.Analyze("周末能办理营业执照吗");

        Assert.Empty(analyzed.Focus);
    }
}
