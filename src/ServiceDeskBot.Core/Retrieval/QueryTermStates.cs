using Lucene.Net.Index;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// Where each term of a query stands in each segment of the index (its <see cref="TermContext"/>), found with one term
/// enumerator per field and segment. A <see cref="Lucene.Net.Search.TermQuery"/> given none opens an enumerator of its
/// own for every term, and at the eighty-odd clauses of a question with its synonyms those enumerators were most of what
/// a search allocated. The states are what the query would have found itself, so every score is the same.
/// </summary>
internal static class QueryTermStates
{
    public static TermContext[] Find(IndexReaderContext top, IReadOnlyList<Term> terms)
    {
        var states = new TermContext[terms.Count];
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = new TermContext(top);
        }

        foreach (var leaf in top.Leaves)
        {
            if (leaf.AtomicReader.Fields is not { } fields)
            {
                continue;
            }

            // An enumerator seeks to any term, forwards or back, and hands out a copy of the state it finds.
            var enumerators = new Dictionary<string, TermsEnum?>(StringComparer.Ordinal);
            for (var i = 0; i < terms.Count; i++)
            {
                var term = terms[i];
                if (!enumerators.TryGetValue(term.Field, out var enumerator))
                {
                    enumerator = fields.GetTerms(term.Field)?.GetEnumerator();
                    enumerators[term.Field] = enumerator;
                }

                if (enumerator is not null && enumerator.SeekExact(term.Bytes))
                {
                    states[i].Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
                }
            }
        }

        return states;
    }
}
