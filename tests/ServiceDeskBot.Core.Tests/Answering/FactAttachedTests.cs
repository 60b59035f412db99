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

    [Fact]
    public void A_question_asking_how_many_and_which_reads_as_a_list_with_no_figure_needed()
    {
        var question = fixture.Host.Get<QuestionReader>().Read("夜市的特色小吃有几个，都是啥");

        Assert.Equal(AnswerSlot.List, question.Slot.Slot);
        Assert.Equal(AnswerKind.Any, question.Kind);
    }

    [Fact]
    public void A_list_of_kinds_stands_with_a_count_of_kinds_as_its_fact()
    {
        var question = fixture.Host.Get<QuestionReader>().Read("夜市一共有几样特色小吃");

        var attached = AnswerJudge.FactAttached([("夜市", 1.0), ("小吃", 1.0)], "夜市集中了胡辣汤、烩面、水煎包等特色小吃,另有12家老字号。", question);

        Assert.Equal(1, attached.Share, 3);
    }

    [Fact]
    public void A_clause_opening_with_the_time_spent_stands_with_the_subject_of_the_clause_before_it()
    {
        var question = fixture.Host.Get<QuestionReader>().Read("王局长带队检查工地花了多少时间");

        var attached = AnswerJudge.FactAttached(
            [("王局长", 1.0), ("带队", 1.0), ("工地", 1.0)], "上周,王局长带队深入各乡镇,用了两天时间对12个工地进行了检查。", question);

        Assert.Equal(AnswerKind.Duration, question.Kind);
        Assert.Equal(1, attached.Share, 3);
    }
}
