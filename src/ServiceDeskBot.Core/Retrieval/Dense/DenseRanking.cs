namespace ServiceDeskBot.Core.Retrieval.Dense;

/// <summary>Passages of one index generation by cosine similarity to a question, best first.</summary>
/// <param name="Generation">The index generation the documents belong to; a ranking from another one is ignored.</param>
/// <param name="Docs">Document numbers in that index with their cosine similarity.</param>
public sealed record DenseRanking(long Generation, IReadOnlyList<(int Doc, float Similarity)> Docs);
