using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>What retrieval found for a question, and how well it fits: the input to the answerability decision.</summary>
/// <param name="Question">The question as read by the guard step (or as understood, for a follow-up).</param>
/// <param name="Search">The one retrieval made for it.</param>
/// <param name="Quotes">Best quotes, best first (empty when nothing was retrieved).</param>
/// <param name="PlacesAgree">False when the question names a place and the best quote's passage is about another.</param>
/// <param name="NumbersAgree">False when a number in the question (a year, a figure) is absent from the quoted passage.</param>
/// <param name="KindPresent">Whether the best quote holds a fact of the asked kind.</param>
/// <param name="ScopeAgrees">False when the question names a level (全国, 全省, 全市) that the quoted passage does not.</param>
public sealed record Evidence(
    Question Question,
    SearchResult Search,
    IReadOnlyList<Quote> Quotes,
    bool PlacesAgree,
    bool NumbersAgree,
    bool KindPresent,
    bool ScopeAgrees = true)
{
    public AnalyzedQuery Query => Question.Terms;

    public AnswerKind Kind => Question.Kind;

    public IReadOnlyList<SearchHit> Hits => Search.Hits;

    public Quote? Best => Quotes.Count > 0 ? Quotes[0] : null;

    public double Coverage => Best?.Coverage ?? 0;

    /// <summary>Whether the best quote holds what the question's slot asks for (a name after the asked post, a list …).</summary>
    public bool SlotFilled { get; init; } = true;

    /// <summary>A qualifier of the question (国家级, 二期 …) the best quote contradicts by naming another of its kind, or null.</summary>
    public string? Contradicted { get; init; }

    /// <summary>
    /// The same retrieval with the next passages' best quotes first, one each (at most
    /// <see cref="EvidenceFinder.RunnersUp"/>), best first; empty when only one passage was quoted.
    /// </summary>
    public IReadOnlyList<Evidence> RunnersUp { get; init; } = [];
}
