using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Answering.Turn;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class RunnerUpJudgeTests(LivelihoodReportFixture fixture) : IClassFixture<LivelihoodReportFixture>
{
    private EvidenceFinder Finder => fixture.Host.Get<EvidenceFinder>();

    private AnswerJudge Judge => fixture.Host.Get<AnswerJudge>();

    // The evidence as it would be had retrieval put the question's runner-up first and its best passage second.
    private Evidence RunnerUpFirst(string question)
    {
        var found = Finder.Find(question);
        Assert.NotEmpty(found.RunnersUp);
        return found.RunnersUp[0] with { RunnersUp = [found with { RunnersUp = [] }] };
    }

    [Fact]
    public void Judge_answers_from_the_next_passage_when_the_first_passage_is_declined_by_a_little()
    {
        var evidence = RunnerUpFirst("青禾区老旧小区改造包括哪些内容");
        var first = Judge.Judge(evidence);
        Assert.Equal(JudgeDecision.Decline, first.Decision);
        Assert.InRange(first.Score, Judge.Threshold - AnswerJudge.RunnerUpReach, Judge.Threshold);

        var (verdict, chosen, note) = Judge.JudgeWithRunnersUp(evidence);

        Assert.Equal(JudgeDecision.Answer, verdict.Decision);
        Assert.Contains("加装电梯", chosen.Best!.Text, StringComparison.Ordinal);
        Assert.Equal(DecisionCode.RunnerUp, note?.Code);
    }

    [Fact]
    public void Judge_keeps_a_decline_far_under_the_bar_whatever_the_next_passages_say()
    {
        var evidence = RunnerUpFirst("青禾区停车难怎么解决");
        var first = Judge.Judge(evidence);
        Assert.True(first.Score < Judge.Threshold - AnswerJudge.RunnerUpReach, $"first passage scored {first.Score:F2}");

        var (verdict, chosen, note) = Judge.JudgeWithRunnersUp(evidence);

        Assert.Equal(JudgeDecision.Decline, verdict.Decision);
        Assert.Same(evidence, chosen);
        Assert.Null(note);
    }

    [Fact]
    public async Task Ask_answers_from_another_passage_whose_quote_the_judge_scores_clearly_higher()
    {
        var question = "青禾区老年食堂优先建在哪些社区";

        var result = await fixture.Host.Answers.AskAsync(new AskRequest(question, null, "test"), CancellationToken.None);

        Assert.True(result.Answered, result.Reason);
        Assert.Contains("老年人口集中", result.Answer, StringComparison.Ordinal);
        Assert.Contains(result.Decision, n => n.Code == DecisionCode.RunnerUp);
    }
}
