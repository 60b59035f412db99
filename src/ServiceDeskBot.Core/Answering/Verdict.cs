using ServiceDeskBot.Core.Answering.Turn;

namespace ServiceDeskBot.Core.Answering;

/// <summary>The judge's decision on a question's evidence, with the note that explains it.</summary>
/// <param name="Decision">Answer, decline, or unsure (then an LLM, when configured, decides from the passages).</param>
/// <param name="Score">Probability-like score that the best quote answers the question, 0..1 (0 for hard declines).</param>
/// <param name="Signals">What the score was computed from; null for hard declines.</param>
/// <param name="Note">The decision record entry.</param>
public sealed record Verdict(JudgeDecision Decision, double Score, JudgeSignals? Signals, DecisionNote Note)
{
    public bool Answerable => Decision == JudgeDecision.Answer;
}
