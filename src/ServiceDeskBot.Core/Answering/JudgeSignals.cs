namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// What the judge weighs about the best quote, each scaled to about 0..1 so learned weights compare. Hard
/// disagreements (place, number, scope, a missing time or amount) decline before these are weighed.
/// </summary>
/// <param name="Coverage">IDF-weighted share of the question's bigram terms in the quote (headings count half).</param>
/// <param name="WordCoverage">Share of the question's words (jieba) found in the quote and its headings.</param>
/// <param name="KeyTerm">How much of the words naming what is asked for (else the rarest term) the quote and its headings carry (0..1, other wordings in part).</param>
/// <param name="Margin">How far the best passage's score leads the next one's (0 = tie, 1 = at least double).</param>
/// <param name="KindPresent">1 when the quote holds a fact of the asked kind (always 1 for questions of no kind).</param>
/// <param name="KindAsked">1 when the question asks for a specific kind of fact.</param>
/// <param name="TopRank">1 when the quote comes from the best-ranked passage.</param>
/// <param name="Specificity">How many content words the question has (0 for one, 1 for four or more): one matched word says little.</param>
/// <param name="SlotAsked">1 when the question asks for a particular shape of answer (a person, a list, a count, a name …).</param>
/// <param name="SlotFilled">1 when the quote holds it (a name after the asked post, as many items as asked …), or none is asked.</param>
/// <param name="FactAttached">Share of the question's matched terms (IDF-weighted) in the clause holding the fact of the asked
/// kind (a figure, an amount, a date), at its best; 1 when no such fact is asked. A figure in another clause is another's.</param>
/// <param name="Missing">Share of the question's words that the quoted passage (with its headings) lacks even in other words.</param>
/// <param name="FieldHeld">1 when the quote is a table row holding the value of the asked field in a cell under the
/// field's column (收费标准 for 多少钱).</param>
/// <param name="RowItemNamed">1 when the quote is a table row whose item (its naming cell) a word of the question names.</param>
/// <param name="RowItemOther">1 when the quote is a table row whose item no word of the question names: a fee list's
/// rows all share its caption, and the row of another item (羽毛球场 for 网球场) is not the one asked.</param>
/// <param name="Structured">1 when the quote is a part of a structured document: a table row, an article (第五条 …) or a
/// sentence under a numbered section heading (八、办公时间). Such a quote states its fact in the document's words, not
/// the question's, so the other signals weigh differently for it than for a news report's sentence.</param>
/// <param name="FieldHeading">1 when the quote is a sentence standing under the asked field's heading (办公时间 for
/// 几点上班, 办理地点 for 去哪里办): a guide's section states its value without the question's words.</param>
/// <param name="DocumentMargin">How far the quote's document leads the next document in retrieval (0 = tie, 1 = double or more).</param>
public sealed record JudgeSignals(
    double Coverage,
    double WordCoverage,
    double KeyTerm,
    double Margin,
    double KindPresent,
    double KindAsked,
    double TopRank,
    double Specificity,
    double SlotAsked = 0,
    double SlotFilled = 1,
    double FactAttached = 1,
    double Missing = 0,
    double FieldHeld = 0,
    double DocumentMargin = 0,
    double RowItemNamed = 0,
    double RowItemOther = 0,
    double Structured = 0,
    double FieldHeading = 0)
{
    /// <summary>How many signals there are.</summary>
    public const int Count = 18;

    /// <summary>Names in the order of <see cref="ToArray"/>; the weights file uses them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        nameof(Coverage), nameof(WordCoverage), nameof(KeyTerm), nameof(Margin), nameof(KindPresent), nameof(KindAsked), nameof(TopRank),
        nameof(Specificity), nameof(SlotAsked), nameof(SlotFilled), nameof(FactAttached), nameof(Missing),
        nameof(FieldHeld), nameof(DocumentMargin), nameof(RowItemNamed), nameof(RowItemOther), nameof(Structured), nameof(FieldHeading),
    ];

    public float[] ToArray() =>
    [
        (float)Coverage, (float)WordCoverage, (float)KeyTerm, (float)Margin, (float)KindPresent, (float)KindAsked, (float)TopRank,
        (float)Specificity, (float)SlotAsked, (float)SlotFilled, (float)FactAttached, (float)Missing,
        (float)FieldHeld, (float)DocumentMargin, (float)RowItemNamed, (float)RowItemOther, (float)Structured, (float)FieldHeading,
    ];

    public static JudgeSignals FromArray(float[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9], values[10], values[11],
            values[12], values[13], values[14], values[15], values[16], values[17]);
    }
}
