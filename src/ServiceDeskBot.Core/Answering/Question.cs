using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// A citizen's question, read once per turn and passed on: every later step reads these fields instead of folding,
/// tokenising or scanning the text again.
/// </summary>
/// <param name="Raw">The text as typed (trimmed).</param>
/// <param name="Normalized">NFKC, lower case, trimmed: what comparisons and the intent model see.</param>
/// <param name="Terms">The question prepared for retrieval: fillers removed, places and synonym expansions found.</param>
/// <param name="Numbers">Figures and years the question names (Arabic digits), which a quote's passage must contain.</param>
/// <param name="Kind">The kind of fact asked for.</param>
/// <param name="Scope">The level of government the question names (全国, 全省, 全市), or null.</param>
/// <param name="Focus">
/// The words naming what is asked for, next to the question word ("产业园区" in "助力的产业园区叫什么", "招商机制" in
/// "完善什么招商机制"): the quote that answers holds them, where a quote that merely shares the question's names does not.
/// </param>
public sealed record Question(
    string Raw,
    string Normalized,
    AnalyzedQuery Terms,
    IReadOnlyList<string> Numbers,
    AnswerKind Kind,
    string? Scope,
    IReadOnlyList<string> Focus)
{
    /// <summary>Canonical names of the places the question names.</summary>
    public IReadOnlyList<string> Places => Terms.Places;
}
