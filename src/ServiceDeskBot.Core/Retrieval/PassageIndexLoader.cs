using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// Opens the index in the data directory, rebuilding it first when the corpus, the place list or the ingestion
/// pipeline changed since it was built (content hash).
/// </summary>
public sealed partial class PassageIndexLoader(
    DataPaths paths, IOptions<RetrievalOptions> options, PlaceGazetteer gazetteer, ILogger<PassageIndexLoader> logger)
{
    private const string HashFileName = "corpus.hash";

    public string IndexDirectory => paths.InData("index");

    /// <summary>Loads (or rebuilds and loads) the index for the corpus in the seeds directory.</summary>
    public PassageIndex Load(bool forceRebuild = false)
    {
        var settings = options.Value;
        var files = CorpusLoader.ListDocuments(paths.SeedsDirectory);
        var hash = CorpusLoader.HashFiles(files, settings.MaxPassageChars, paths.InSeeds(settings.PlacesFile));
        var hashFile = Path.Combine(IndexDirectory, HashFileName);
        System.IO.Directory.CreateDirectory(IndexDirectory);

        var current = File.Exists(hashFile) ? File.ReadAllText(hashFile).Trim() : "";
        if (forceRebuild || current != hash || !DirectoryReaderExists())
        {
            var corpus = CorpusLoader.Load(paths.SeedsDirectory, settings.MaxPassageChars);
            using (var directory = FSDirectory.Open(IndexDirectory))
            {
                PassageIndex.Build(directory, corpus.Passages, gazetteer);
            }

            File.WriteAllText(hashFile, hash);
            LogRebuilt(logger, corpus.Documents.Count, corpus.Passages.Count, IndexDirectory);
        }

        var index = PassageIndex.Open(FSDirectory.Open(IndexDirectory));
        LogLoaded(logger, index.Count, hash[..12]);
        return index;
    }

    private bool DirectoryReaderExists()
    {
        using var directory = FSDirectory.Open(IndexDirectory);
        return Lucene.Net.Index.DirectoryReader.IndexExists(directory);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {Documents} documents as {Passages} passages in {Directory}")]
    private static partial void LogRebuilt(ILogger logger, int documents, int passages, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Passage index loaded: {Passages} passages, corpus hash {Hash}")]
    private static partial void LogLoaded(ILogger logger, int passages, string hash);
}
