using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class FactAttachedTests(AnswerPipelineFixture fixture) : IClassFixture<AnswerPipelineFixture>
{
    private const string Sentence = "经办机构自受理之日起15个工作日内完成审核,补贴直接发放至申请人本人社会保障卡。";

    private static readonly (string Term, double Weight)[] Terms = [("补贴", 1.0), ("审核", 1.0)];

    [Fact]
    public void A_sentence_of_a_numbered_item_is_one_statement_so_the_time_limit_stands_with_its_subject_in_another_clause()
    {
        var question = fixture.Host.Get<QuestionReader>().Read("补贴审核要几天");

        var attached = AnswerJudge.FactAttached(Terms, Sentence, question, "五、审核发放");

        Assert.Equal(1, attached.Share, 3);
    }

    [Fact]
    public void A_sentence_under_no_numbered_heading_is_still_weighed_clause_by_clause()
    {
        var question = fixture.Host.Get<QuestionReader>().Read("补贴审核要几天");

        var attached = AnswerJudge.FactAttached(Terms, Sentence, question, "");

        Assert.True(attached.Share < 0.6, $"share {attached.Share}");
    }
}
