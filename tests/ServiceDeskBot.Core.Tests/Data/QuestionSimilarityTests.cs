using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Core.Tests.Data;

public sealed class QuestionSimilarityTests
{
    [Fact]
    public void Normalize_removes_punctuation_polite_fillers_and_trailing_particles()
    {
        var normalized = QuestionSimilarity.Normalize("您好，请问：居住证怎么办理呢？");

        Assert.Equal("居住证怎么办理", normalized);
    }

    [Fact]
    public void Normalize_folds_full_width_letters_and_digits()
    {
        var normalized = QuestionSimilarity.Normalize("ＡＰＰ下载２０２４");

        Assert.Equal("app下载2024", normalized);
    }

    [Fact]
    public void Normalize_keeps_a_filler_that_is_the_whole_question()
    {
        var normalized = QuestionSimilarity.Normalize("你好");

        Assert.Equal("你好", normalized);
    }

    [Fact]
    public void Score_is_one_for_the_same_question_with_different_punctuation()
    {
        var score = QuestionSimilarity.Score("怎么转人工？", "怎么转人工");

        Assert.Equal(1.0, score, 6);
    }

    [Fact]
    public void Score_is_zero_for_questions_without_a_shared_bigram()
    {
        var score = QuestionSimilarity.Score("怎么转人工", "居住证在哪办");

        Assert.Equal(0.0, score, 6);
    }
}
