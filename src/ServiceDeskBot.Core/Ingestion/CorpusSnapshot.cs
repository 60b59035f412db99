namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// What the index should hold now: a version that changes whenever any indexed document, its text or its headline
/// changes, and a way to read the texts, used only when no index of that version exists yet.
/// </summary>
/// <param name="Version">Hash of the documents in the corpus (names, content hashes, headlines).</param>
/// <param name="DocumentCount">Documents in the corpus.</param>
/// <param name="ReadTextsAsync">Reads the documents' texts, ordered by file name.</param>
public sealed record CorpusSnapshot(string Version, int DocumentCount, Func<CancellationToken, Task<IReadOnlyList<CorpusText>>> ReadTextsAsync);
