using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// The passages a curated answer cites, as citations: looked up in the index in use, so a passage whose document was
/// replaced, deleted, disabled or expired is no longer cited (the answer itself still stands until an admin edits it).
/// </summary>
public sealed class CuratedCitations(PassageRetriever retriever, DocumentAvailability availability)
{
    /// <summary>Citations for <paramref name="passageIds"/> in their order; ids not found or not in force are left out.</summary>
    public IReadOnlyList<Citation> For(IEnumerable<string> passageIds)
    {
        ArgumentNullException.ThrowIfNull(passageIds);
        if (retriever.Index is not { } index)
        {
            return [];
        }

        return passageIds
            .Select(index.Find)
            .OfType<Ingestion.Passage>()
            .Where(p => availability.IsAvailable(p.Source))
            .DistinctBy(p => p.Id)
            .Select(p => new Citation(p.Id, p.Source, availability.TitleOverride(p.Source) ?? p.Title, Excerpt(p.Text)))
            .ToList();
    }

    private static string Excerpt(string text) =>
        text.Length <= EvidenceFinder.MaxQuoteChars ? text : text[..EvidenceFinder.MaxQuoteChars] + "…";
}
