namespace ServiceDeskBot.Core.Llm;

/// <summary>How an LLM call ended.</summary>
public enum LlmOutcome
{
    /// <summary>The model answered from the passages and the reply passed the grounding check.</summary>
    Answered,

    /// <summary>The model said plainly that the passages do not answer the question.</summary>
    NotAnswered,

    /// <summary>The model replied, but the reply failed the grounding check (invented figure, bad citation, none).</summary>
    Rejected,

    /// <summary>The call failed: timeout, HTTP error, open circuit, or a response that could not be read.</summary>
    Failed,

    /// <summary>No LLM is configured.</summary>
    Unavailable,
}
