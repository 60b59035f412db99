namespace ServiceDeskBot.Core.Retrieval;

/// <summary>A question prepared for retrieval.</summary>
/// <param name="Original">The text as asked.</param>
/// <param name="Normalized">NFKC, lower-cased, with polite fillers and question words replaced by spaces.</param>
/// <param name="Places">Canonical names of the places the question names.</param>
/// <param name="Expansions">Synonyms of words in the question that it does not itself contain.</param>
public sealed record AnalyzedQuery(string Original, string Normalized, IReadOnlyList<string> Places, IReadOnlyList<string> Expansions);
