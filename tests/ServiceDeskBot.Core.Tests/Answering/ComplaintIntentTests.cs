using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Answering.Turn;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>
/// The intent step with a classifier that reads every turn as a complaint, as the n-gram model does with some fee
/// and subsidy questions: whether the turn stays a complaint is then the step's own decision.
/// </summary>
public sealed class ComplaintIntentTests(FeeNoticesFixture fixture) : IClassFixture<FeeNoticesFixture>
{
    [Theory]
    [InlineData("失能老年人上门助浴服务补贴每次多少钱")]
    [InlineData("上门助浴每人每月最多能补几次")]
    public async Task A_subsidy_question_read_as_a_complaint_is_answered_when_the_corpus_answers_it(string question)
    {
        var turn = Turn(question);

        await RunAsync(turn);

        Assert.Equal(IntentLabels.Question, turn.Intent);
        Assert.Null(turn.Reply);
        Assert.Contains(turn.Notes, n => n.Code == DecisionCode.ActOverruled);
    }

    [Theory]
    [InlineData("助浴补贴每次才60元，凭什么这么少")]
    [InlineData("上门助浴补贴一直拖着不发，我要投诉")]
    public async Task A_complaint_about_the_subsidy_gets_the_complaint_reply(string complaint)
    {
        var turn = Turn(complaint);

        await RunAsync(turn);

        Assert.Equal(IntentLabels.Complaint, turn.Intent);
        Assert.NotNull(turn.Reply);
        Assert.Contains("投诉", turn.Reply.Text, StringComparison.Ordinal);
    }

    private TurnContext Turn(string text)
    {
        var question = fixture.Host.Get<QuestionReader>().Read(text);
        return new TurnContext(new AskRequest(text, null, "test"), streamLlm: false) { Question = question, Understood = question };
    }

    private async Task RunAsync(TurnContext turn)
    {
        var step = new IntentStep(
            new ComplaintReader(), fixture.Host.Get<TemplateRenderer>(), fixture.Host.Get<EvidenceFinder>(), fixture.Host.Get<AnswerJudge>());
        await foreach (var _ in step.RunAsync(turn, CancellationToken.None))
        {
        }
    }

    private sealed class ComplaintReader : IIntentClassifier
    {
        public IntentPrediction Classify(string text) =>
            new(IntentLabels.Complaint, 0.9, new Dictionary<string, double> { [IntentLabels.Complaint] = 0.9 });
    }
}
