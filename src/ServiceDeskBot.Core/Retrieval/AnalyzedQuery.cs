namespace ServiceDeskBot.Core.Retrieval;

/// <summary>A question prepared for retrieval.</summary>
/// <param name="Original">The text as asked.</param>
/// <param name="Normalized">NFKC, lower-cased, with polite fillers and question words replaced by spaces.</param>
/// <param name="Places">Canonical names of the places the question names.</param>
/// <param name="Expansions">Synonyms of words in the question that it does not itself contain.</param>
/// <param name="Focus">
/// The words naming what is asked for, next to the question word ("产业园区" in "助力的产业园区叫什么", "招商机制" in
/// "完善什么招商机制"): the passage and quote that answer hold them, where others merely share the question's names.
/// </param>
public sealed record AnalyzedQuery(
    string Original, string Normalized, IReadOnlyList<string> Places, IReadOnlyList<string> Expansions, IReadOnlyList<string> Focus)
{
    public AnalyzedQuery(string original, string normalized, IReadOnlyList<string> places, IReadOnlyList<string> expansions)
        : this(original, normalized, places, expansions, [])
    {
    }

    /// <summary>
    /// Softer relatives of the question's words (paraphrases, 同义词词林) that it does not itself contain, with the
    /// credit each stands for: searched with a lower weight than the words asked.
    /// </summary>
    public IReadOnlyList<WordVariant> Variants { get; init; } = [];

    /// <summary>
    /// The content words of <see cref="Normalized"/> (jieba, no particles or question words), cut once when the question
    /// is analysed and read by retrieval, the evidence finder and the judge; null when it was analysed without a segmenter.
    /// </summary>
    public IReadOnlyList<string>? ContentWords { get; init; }

    /// <summary>
    /// <see cref="Normalized"/> with the place names taken out (null: the same as <see cref="Normalized"/>): the terms
    /// only the place names give are weighed less, as the place-aware ranking already stands for them.
    /// </summary>
    public string? WithoutPlaces { get; init; }
}
