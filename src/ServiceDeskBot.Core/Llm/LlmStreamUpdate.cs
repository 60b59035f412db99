namespace ServiceDeskBot.Core.Llm;

/// <summary>
/// One item of a streamed answer: a text delta, or (last) the verified result. Deltas are unverified; a caller that
/// shows them live must replace them when <see cref="Final"/> is not <see cref="LlmAnswer.Succeeded"/>.
/// </summary>
/// <param name="Delta">Text appended to the reply since the previous update; empty in the final update.</param>
/// <param name="Final">The verified answer, present only in the last update.</param>
public sealed record LlmStreamUpdate(string Delta, LlmAnswer? Final)
{
    /// <summary>True for the last update, which carries the verified answer.</summary>
    public bool IsFinal => Final is not null;
}
