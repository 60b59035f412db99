using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// First step: reads the question once and refuses one holding a sensitive word before anything else (retrieval, an
/// external LLM, the log's free text) sees it.
/// </summary>
public sealed class GuardStep(QuestionReader reader, SensitiveWordFilter sensitiveWords, ScreeningMetrics screening) : TurnStep
{
    protected override Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Question = reader.Read(turn.Request.Question);
        turn.Understood = turn.Question;
        if (sensitiveWords.Contains(turn.Question.Raw))
        {
            screening.RecordScreened(ScreeningMetrics.Question);
            turn.Notes.Add(new DecisionNote(DecisionCode.SensitiveWord));
            turn.Reply = new TurnReply(SensitiveWordFilter.Refusal, false, AnswerMode.Fallback, []);
        }

        return Task.CompletedTask;
    }
}
