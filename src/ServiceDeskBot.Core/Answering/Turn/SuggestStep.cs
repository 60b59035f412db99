using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// Questions to ask next, each one the corpus answers: related to an answer, quick questions after a greeting or a
/// decline, and none after a complaint or a request for a person (a list of questions there reads as not listening).
/// </summary>
public sealed class SuggestStep(SuggestionFinder suggestions) : TurnStep
{
    protected override Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reply = turn.Reply!;
        IReadOnlyList<string> offered = turn.Intent switch
        {
            IntentLabels.Complaint or IntentLabels.Handoff => [],
            _ when reply.Mode == AnswerMode.Fallback && turn.Notes.Any(n => n.Code == DecisionCode.SensitiveWord) => [],
            IntentLabels.Question when turn.Evidence is { } evidence && reply.Answered => suggestions.Related(evidence, evidence.Best?.Passage.Section),
            _ => suggestions.Quick(),
        };
        turn.Suggestions = offered.Where(s => s != turn.Question.Raw).ToList();
        return Task.CompletedTask;
    }
}
