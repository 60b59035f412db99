using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// A citizen's question, read once per turn and passed on: every later step reads these fields instead of folding,
/// tokenising or scanning the text again.
/// </summary>
/// <param name="Raw">The text as typed (trimmed), personal data masked: what is stored, logged, shown and prompted.</param>
/// <param name="Content">
/// <paramref name="Raw"/> without its masked spans and the words introducing them (<see cref="Safety.MaskedSpans"/>):
/// what retrieval, the intent model and curated matching read. The same as <paramref name="Raw"/> for most questions.
/// </param>
/// <param name="Normalized">NFKC, lower case, trimmed <paramref name="Content"/>: what comparisons see.</param>
/// <param name="Terms">The question prepared for retrieval: fillers removed, places and synonym expansions found.</param>
/// <param name="Numbers">Figures and years the question names (Arabic digits), which a quote's passage must contain.</param>
/// <param name="Kind">The kind of fact asked for.</param>
/// <param name="Scope">The level of government the question names (全国, 全省, 全市), or null.</param>
/// <param name="Slot">The shape of the answer asked for (a person, a list, a count …).</param>
/// <param name="Cue">
/// The words of <paramref name="Normalized"/> asking for its kind of fact (<see cref="AnswerKinds.Cue"/>), empty when it
/// asks for none: read by the quote choice for every passage and by the judge for every runner-up, so found once here.
/// </param>
public sealed record Question(
    string Raw,
    string Content,
    string Normalized,
    AnalyzedQuery Terms,
    IReadOnlyList<string> Numbers,
    AnswerKind Kind,
    string? Scope,
    AskedSlot Slot,
    string Cue)
{
    /// <summary>The words naming what is asked for (see <see cref="AnalyzedQuery.Focus"/>).</summary>
    public IReadOnlyList<string> Focus => Terms.Focus;

    /// <summary>Canonical names of the places the question names.</summary>
    public IReadOnlyList<string> Places => Terms.Places;
}
