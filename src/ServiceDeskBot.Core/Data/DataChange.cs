namespace ServiceDeskBot.Core.Data;

/// <summary>What a save changed, as far as in-memory caches care.</summary>
[Flags]
public enum DataChange
{
    None = 0,

    /// <summary>Curated answers: the matcher reloads them.</summary>
    CuratedAnswers = 1,

    /// <summary>Answer templates: the renderer recompiles them.</summary>
    Templates = 2,

    /// <summary>Documents, their revisions or metadata: availability is refreshed and the index rebuilt.</summary>
    Corpus = 4,

    /// <summary>Admin word lists (synonyms, sensitive words): reloaded into query expansion and the filter.</summary>
    WordLists = 8,
}
