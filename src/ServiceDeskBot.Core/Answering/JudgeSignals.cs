namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// What the judge weighs about the best quote, each scaled to about 0..1 so learned weights compare. Hard
/// disagreements (place, number, scope, a missing time or amount) decline before these are weighed.
/// </summary>
/// <param name="Coverage">IDF-weighted share of the question's bigram terms in the quote (headings count half).</param>
/// <param name="WordCoverage">Share of the question's words (jieba) found in the quote and its headings.</param>
/// <param name="KeyTerm">1 when the question's rarest term (its key noun, most often) is in the quote or its headings.</param>
/// <param name="Margin">How far the best passage's score leads the next one's (0 = tie, 1 = at least double).</param>
/// <param name="KindPresent">1 when the quote holds a fact of the asked kind (always 1 for questions of no kind).</param>
/// <param name="KindAsked">1 when the question asks for a specific kind of fact.</param>
/// <param name="TopRank">1 when the quote comes from the best-ranked passage.</param>
/// <param name="Specificity">How many content words the question has (0 for one, 1 for four or more): one matched word says little.</param>
public sealed record JudgeSignals(
    double Coverage,
    double WordCoverage,
    double KeyTerm,
    double Margin,
    double KindPresent,
    double KindAsked,
    double TopRank,
    double Specificity)
{
    /// <summary>Names in the order of <see cref="ToArray"/>; the weights file uses them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [nameof(Coverage), nameof(WordCoverage), nameof(KeyTerm), nameof(Margin), nameof(KindPresent), nameof(KindAsked), nameof(TopRank), nameof(Specificity)];

    public float[] ToArray() =>
        [(float)Coverage, (float)WordCoverage, (float)KeyTerm, (float)Margin, (float)KindPresent, (float)KindAsked, (float)TopRank, (float)Specificity];

    public static JudgeSignals FromArray(float[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]);
    }
}
