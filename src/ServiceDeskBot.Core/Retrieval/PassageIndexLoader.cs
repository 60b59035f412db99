using System.Globalization;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// Opens the index of the corpus (seed documents plus documents uploaded into the data directory), building it
/// first when the documents, their retrieval metadata, the place list or the ingestion pipeline changed since it
/// was built (content hash). Every build goes into a fresh folder, so the index in use is never written to and a
/// re-index can run while searches continue on the old one.
/// </summary>
public sealed partial class PassageIndexLoader(
    DataPaths paths,
    IOptions<RetrievalOptions> options,
    IOptions<CorpusOptions> corpusOptions,
    PlaceGazetteer gazetteer,
    WordSegmenter words,
    DocumentAvailability availability,
    ILogger<PassageIndexLoader> logger)
{
    private const string HashFileName = "corpus.hash";

    // Two loads at once (start-up warm-up and an admin's re-index) would otherwise race to build the same folder.
    private readonly System.Threading.Lock _gate = new();
    private string? _current;

    /// <summary>Parent folder of the index builds.</summary>
    public string IndexDirectory => paths.InData("index");

    /// <summary>Where uploaded documents are kept.</summary>
    public string DocumentsDirectory => paths.InData(corpusOptions.Value.DocumentsFolder);

    /// <summary>
    /// The corpus files: seed documents, then uploaded ones whose name no seed document has. Documents that are
    /// withdrawn or out of force today are left out.
    /// </summary>
    public IReadOnlyList<string> ListCorpusFiles(bool includeUnavailable = false)
    {
        System.IO.Directory.CreateDirectory(DocumentsDirectory);
        var seeds = CorpusLoader.ListDocuments(paths.SeedsDirectory);
        var seedNames = seeds.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var uploaded = CorpusLoader.ListDocuments(DocumentsDirectory).Where(f => !seedNames.Contains(Path.GetFileName(f)));
        var today = availability.Today;
        return seeds.Concat(uploaded)
            .Where(f => includeUnavailable || availability.IsAvailable(Path.GetFileName(f), today))
            .ToList();
    }

    /// <summary>Loads (or rebuilds and loads) the index for the current corpus and metadata.</summary>
    public PassageIndex Load(bool forceRebuild = false)
    {
        lock (_gate)
        {
            var settings = options.Value;
            var files = ListCorpusFiles();
            var hash = CorpusLoader.HashFiles(
                    files, settings.MaxPassageChars, paths.InSeeds(settings.PlacesFile), paths.InSeeds(settings.UserDictionaryFile),
                    paths.InSeeds(DocumentDescriptions.FileName))[..48]
                + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(PassageIndex.SchemaVersion)))[..16]
                + availability.Fingerprint(availability.Today)[..16];
            var folder = Path.Combine(IndexDirectory, hash[..16]);

            if (forceRebuild || !IsComplete(folder, hash))
            {
                if (System.IO.Directory.Exists(folder))
                {
                    // A forced rebuild of an unchanged corpus must not write into the folder searches are reading.
                    folder += "-" + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
                }

                System.IO.Directory.CreateDirectory(folder);
                // An admin's headline wins over the seeds' readable title, which wins over the one cleaning found.
                var descriptions = DocumentDescriptions.Load(paths.SeedsDirectory);
                var corpus = CorpusLoader.LoadFiles(
                    files, settings.MaxPassageChars, source => availability.TitleOverride(source) ?? descriptions.Title(source));
                using (var directory = FSDirectory.Open(folder))
                {
                    PassageIndex.Build(directory, corpus.Passages, gazetteer, words);
                }

                File.WriteAllText(Path.Combine(folder, HashFileName), hash);
                LogRebuilt(logger, corpus.Documents.Count, corpus.Passages.Count, folder);
            }

            var index = PassageIndex.Open(FSDirectory.Open(folder));
            RemoveOldBuilds(keep: [folder, _current]);
            _current = folder;
            LogLoaded(logger, index.Count, hash[..12]);
            return index;
        }
    }

    private static bool IsComplete(string folder, string hash)
    {
        var hashFile = Path.Combine(folder, HashFileName);
        if (!File.Exists(hashFile) || File.ReadAllText(hashFile).Trim() != hash)
        {
            return false;
        }

        using var directory = FSDirectory.Open(folder);
        return Lucene.Net.Index.DirectoryReader.IndexExists(directory);
    }

    // The build before the current one may still serve searches that started before the swap, so it is kept until
    // the next build; older ones (and files of the single-folder layout used before) are removed.
    private void RemoveOldBuilds(string?[] keep)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(IndexDirectory))
        {
            TryDelete(() => File.Delete(file));
        }

        foreach (var folder in System.IO.Directory.EnumerateDirectories(IndexDirectory))
        {
            if (!keep.Contains(folder, StringComparer.Ordinal))
            {
                TryDelete(() => System.IO.Directory.Delete(folder, recursive: true));
            }
        }
    }

    private void TryDelete(Action delete)
    {
        try
        {
            delete();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogCleanupFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {Documents} documents as {Passages} passages in {Directory}")]
    private static partial void LogRebuilt(ILogger logger, int documents, int passages, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Passage index loaded: {Passages} passages, corpus hash {Hash}")]
    private static partial void LogLoaded(ILogger logger, int passages, string hash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An old index build could not be removed")]
    private static partial void LogCleanupFailed(ILogger logger, Exception exception);
}
