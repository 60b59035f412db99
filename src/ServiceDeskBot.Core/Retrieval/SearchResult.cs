namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// What one retrieval found for a question: the hits, the question's weighted terms that evidence must cover, and
/// the generation of the index it came from (so anything cached from it can tell when the corpus changed).
/// </summary>
/// <param name="Hits">Passages, best first.</param>
/// <param name="TermWeights">The question's bigram-level terms with their IDF in that index.</param>
/// <param name="Generation">Which index answered: it increases with every index swapped in.</param>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, IReadOnlyList<(string Term, double Weight)> TermWeights, long Generation)
{
    public static SearchResult Empty { get; } = new([], [], 0);
}
