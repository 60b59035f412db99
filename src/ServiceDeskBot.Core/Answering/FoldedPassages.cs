using System.Collections.Concurrent;
using System.Text;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Whole passages as the judge compares them: headline, section, the places the index finds the passage about, the
/// heading a quote stands under (when given) and the text, NFKC and lower case. Folding a whole passage was most of what
/// the judge allocated, and it was done again for every judged quote of every turn; it depends only on the passage and
/// the index, so it is kept per index generation (a re-index after a corpus or place-list edit starts afresh), for the
/// passages questions reach, up to a bound.
/// </summary>
internal sealed class FoldedPassages(PassageRetriever retriever)
{
    private const int MaxPassagesFolded = 4096;

    private Folds _folds = new(-1, new());

    /// <summary>The passage folded, with <paramref name="heading"/> between its places and its text when not null.</summary>
    public string Of(Passage passage, string? heading)
    {
        // The generation is read before the index (the retriever swaps the index, then counts the generation): a fold
        // is never kept under a generation newer than the index it was made from.
        var generation = retriever.Generation;
        var folds = Volatile.Read(ref _folds);
        if (folds.Generation == generation && folds.Value.TryGetValue((passage, heading), out var known))
        {
            return known;
        }

        // ConcurrentDictionary.Count takes every lock of the table: counted only here, when a passage is folded.
        if (folds.Generation != generation || folds.Value.Count >= MaxPassagesFolded)
        {
            folds = new(generation, new());
            Volatile.Write(ref _folds, folds);
        }

        return folds.Value.GetOrAdd((passage, heading), Fold);
    }

    private string Fold((Passage Passage, string? Heading) key)
    {
        var (passage, heading) = key;
        var places = string.Join(' ', retriever.Index?.PlacesOf(passage.Id) ?? []);
        var text = heading is null
            ? passage.Title + " " + passage.Section + " " + places + " " + passage.Text
            : passage.Title + " " + passage.Section + " " + places + " " + heading + " " + passage.Text;
        return text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
    }

    // One generation's folds, swapped whole: a reader never pairs one generation with another's folds.
    private sealed record Folds(long Generation, ConcurrentDictionary<(Passage, string?), string> Value);
}
