namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// One span of a passage that may be quoted (a heading line, a table row, a sentence, a sentence pair or a run of
/// clauses), with the forms the evidence finder compares: made once per passage and index, not once per question.
/// </summary>
/// <param name="Text">The words as they would be quoted.</param>
/// <param name="Sentences">How many sentences the span joins (a pair costs a little).</param>
/// <param name="IsHeading">Whether the span is a heading line of its own.</param>
/// <param name="Under">The heading the span stands under (the passage's section until a heading line of its own).</param>
/// <param name="Normalized">NFKC, lower case: what the question's terms are looked for in.</param>
/// <param name="NormalizedUnder">The heading it stands under, NFKC and lower case.</param>
/// <param name="Clauses">The normalised text cut into clauses, for how close together the question's words stand.</param>
internal sealed record QuoteCandidate(
    string Text, int Sentences, bool IsHeading, string Under, string Normalized, string NormalizedUnder, string[] Clauses)
{
    /// <summary>The kinds of fact <see cref="Normalized"/> holds, found once per candidate and kind.</summary>
    public KindPresence Kinds { get; } = new(Normalized);
}
