namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// First finishing step: keeps a context-free turn's reply for the next turn asking the same question
/// (<see cref="AnswerCacheStep"/>). With an LLM configured only a reply that needed no LLM or passed the grounding check
/// is kept: one the LLM could not give (failure, timeout, a figure not in the passages, a listed word) is the template's
/// stand-in for this turn only, and the next asks the LLM again.
/// </summary>
public sealed class AnswerCacheFillStep(AnswerCache cache) : TurnStep
{
    protected override Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn is { CacheVersions: { } versions, FromCache: false, Reply: { } reply }
            && !turn.Notes.Exists(n => n.Code is DecisionCode.LlmNotUsed or DecisionCode.LlmNoAnswer or DecisionCode.ReplyScreened))
        {
            cache.Add(turn.Question.Raw, versions, new CachedAnswer(reply, turn.Intent, turn.Confidence, [.. turn.Notes], turn.Evidence));
        }

        return Task.CompletedTask;
    }
}
