using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>What retrieval found for a question, and how well it fits: the input to the answerability decision.</summary>
/// <param name="Query">The analyzed question.</param>
/// <param name="Kind">The kind of fact the question asks for.</param>
/// <param name="Hits">Retrieved passages, best first.</param>
/// <param name="Quotes">Best quotes, best first (empty when nothing was retrieved).</param>
/// <param name="PlacesAgree">False when the question names a place and the best quote's passage is about another.</param>
/// <param name="NumbersAgree">False when a number in the question (a year, a figure) is absent from the quoted passage.</param>
/// <param name="KindPresent">Whether the best quote holds a fact of the asked kind.</param>
public sealed record Evidence(
    AnalyzedQuery Query,
    AnswerKind Kind,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<Quote> Quotes,
    bool PlacesAgree,
    bool NumbersAgree,
    bool KindPresent)
{
    public Quote? Best => Quotes.Count > 0 ? Quotes[0] : null;

    public double Coverage => Best?.Coverage ?? 0;
}
