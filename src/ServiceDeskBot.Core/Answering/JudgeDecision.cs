namespace ServiceDeskBot.Core.Answering;

/// <summary>What the judge decided about a question's evidence.</summary>
public enum JudgeDecision
{
    /// <summary>The best quote answers the question.</summary>
    Answer,

    /// <summary>Close to the bar: with an LLM configured it decides from the passages; without one the bar decides.</summary>
    Unsure,

    /// <summary>The corpus does not answer the question.</summary>
    Decline,
}
