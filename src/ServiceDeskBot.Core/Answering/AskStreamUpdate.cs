namespace ServiceDeskBot.Core.Answering;

/// <summary>One item of a streamed reply: a text delta, or (last) the complete result.</summary>
/// <param name="Delta">Text appended to the reply since the previous update.</param>
/// <param name="Result">The complete result, present only in the last update.</param>
/// <param name="ReplacesText">
/// True when the text streamed so far must be discarded (an LLM reply that failed verification) and replaced by the
/// next delta or the final result's answer.
/// </param>
public sealed record AskStreamUpdate(string Delta, AskResult? Result, bool ReplacesText);
