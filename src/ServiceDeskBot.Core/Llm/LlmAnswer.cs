namespace ServiceDeskBot.Core.Llm;

/// <summary>The result of asking the LLM to answer from passages. Only <see cref="Succeeded"/> replies may be shown as answers.</summary>
/// <param name="Outcome">How the call ended.</param>
/// <param name="Text">The reply text (empty on failure; kept on rejection for logs, never for citizens).</param>
/// <param name="CitedPassages">One-based numbers of the supplied passages the reply cites, in order of first citation.</param>
/// <param name="Reason">Why the call failed or the reply was rejected or accepted.</param>
public sealed record LlmAnswer(LlmOutcome Outcome, string Text, IReadOnlyList<int> CitedPassages, string Reason)
{
    /// <summary>True when the reply answered the question and passed the grounding check.</summary>
    public bool Succeeded => Outcome == LlmOutcome.Answered;

    internal static LlmAnswer Failure(string reason) => new(LlmOutcome.Failed, "", [], reason);

    internal static LlmAnswer FromVerdict(string text, GroundingVerdict verdict) => verdict switch
    {
        { Accepted: true, IsNoAnswer: true } => new(LlmOutcome.NotAnswered, text, [], verdict.Reason),
        { Accepted: true } => new(LlmOutcome.Answered, text, verdict.CitedPassages, verdict.Reason),
        _ => new(LlmOutcome.Rejected, text, verdict.CitedPassages, verdict.Reason),
    };
}
