using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// First step: reads the question once, with personal data masked, and refuses one holding a sensitive word before
/// anything else (retrieval, an external LLM, the log's free text) sees it. Every later step, the follow-up memory
/// and every prompt read the masked question, so no channel (Direct Line, /api/ask, the console) can hand an LLM
/// provider a citizen's ID-card, phone or bank-card number, in this turn or as the history of the next.
/// </summary>
public sealed class GuardStep(QuestionReader reader, SensitiveWordFilter sensitiveWords, ScreeningMetrics screening) : TurnStep
{
    protected override Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Question = reader.ReadAsked(turn.Request.Question);
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
