using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Answering;

/// <summary>The sentence or two of a passage that answer a question.</summary>
/// <param name="Passage">The passage quoted.</param>
/// <param name="Rank">Rank of the passage in retrieval (1 = best).</param>
/// <param name="Text">The quoted words, at most about 200 characters, with … where a sentence was cut.</param>
/// <param name="Coverage">IDF-weighted share of the question's terms the quote (with its headings) contains, 0..1.</param>
public sealed record Quote(Passage Passage, int Rank, string Text, double Coverage)
{
    /// <summary>
    /// The heading the quote stands under in its passage (a guide's "五、办理时限"), else the passage's section, else
    /// empty: what the quote is the value of, where a guide does not repeat it in the sentence.
    /// </summary>
    public string Heading { get; init; } = "";
}
