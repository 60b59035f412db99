using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// Keeps the retriever on the index of the current corpus (<see cref="ICorpusSource"/>): opens the local build of that
/// corpus version, building it first when this node has none (an empty data directory builds from the source, so
/// every node serves the same corpus). Every build goes into a fresh folder, so the index in use is never written to
/// and a re-index runs while searches continue on the old one.
/// </summary>
public sealed partial class PassageIndexLoader(
    DataPaths paths,
    IOptions<RetrievalOptions> options,
    ICorpusSource source,
    PlaceGazetteer gazetteer,
    WordSegmenter words,
    PassageRetriever retriever,
    StartupTimeline timeline,
    ILogger<PassageIndexLoader> logger) : IDisposable
{
    private const string HashFileName = "corpus.hash";

    // Loads one at a time, each reading the source inside the gate, so a later caller always ends on the newer corpus.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _currentFolder;
    private string? _currentHash;

    /// <summary>Parent folder of the index builds.</summary>
    public string IndexDirectory => paths.InData("index");

    /// <summary>The version of the corpus the retriever serves (16 hex digits), or null before the first load.</summary>
    public string? CorpusVersion => Volatile.Read(ref _currentHash)?[..16];

    /// <summary>Documents in the corpus the retriever serves.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>
    /// Reads the corpus and makes its index current, building it when this node has no build of it (or when forced).
    /// Returns at once when the retriever already serves that version.
    /// </summary>
    public async Task<PassageIndex> RefreshAsync(bool forceRebuild = false, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            System.IO.Directory.CreateDirectory(IndexDirectory);
            // Only the first load is part of the start; a re-index is not logged as one.
            var starting = _currentHash is null ? timeline : null;
            CorpusSnapshot snapshot;
            using (starting?.Begin("corpus read"))
            {
                snapshot = await source.ReadAsync(cancellationToken).ConfigureAwait(false);
            }

            var settings = options.Value;
            var hash = Hash(snapshot.Version, settings.MaxPassageChars, gazetteer.Text, paths.InSeeds(settings.UserDictionaryFile));
            if (!forceRebuild && hash == _currentHash && retriever.Index is { } current)
            {
                return current;
            }

            var folder = Path.Combine(IndexDirectory, hash[..16]);
            if (forceRebuild || !IsComplete(folder, hash))
            {
                if (System.IO.Directory.Exists(folder))
                {
                    // A forced rebuild of an unchanged corpus must not write into the folder searches are reading.
                    folder += "-" + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
                }

                using var building = starting?.Begin("index build");
                var texts = await snapshot.ReadTextsAsync(cancellationToken).ConfigureAwait(false);
                await Task.Run(() => Build(folder, hash, texts, settings.MaxPassageChars), cancellationToken).ConfigureAwait(false);
            }

            PassageIndex index;
            using (starting?.Begin("index open"))
            {
                index = PassageIndex.OpenFolder(folder);
            }

            retriever.Use(index);
            RemoveOldBuilds(keep: [folder, _currentFolder]);
            _currentFolder = folder;
            DocumentCount = snapshot.DocumentCount;
            Volatile.Write(ref _currentHash, hash);
            LogLoaded(logger, index.Count, hash[..16]);
            return index;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    // The corpus version plus what else the index depends on: the ingestion pipeline, the index schema, the passage
    // size, the place list in use (the admins', from the database) and the word segmenter's user dictionary.
    private static string Hash(string corpusVersion, int maxPassageChars, string places, params string[] dependencyFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(
            $"{CorpusLoader.PipelineVersion}:{PassageIndex.SchemaVersion}:{maxPassageChars}:{corpusVersion}\n{places}\n"));
        foreach (var file in dependencyFiles.Where(File.Exists))
        {
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private void Build(string folder, string hash, IReadOnlyList<CorpusText> texts, int maxPassageChars)
    {
        System.IO.Directory.CreateDirectory(folder);
        var corpus = CorpusLoader.Split(texts, maxPassageChars, hash);
        using (var directory = FSDirectory.Open(folder))
        {
            var numbers = texts.Where(t => !string.IsNullOrWhiteSpace(t.DocumentNumber))
                .DistinctBy(t => t.FileName, StringComparer.Ordinal)
                .ToDictionary(t => t.FileName, t => t.DocumentNumber!, StringComparer.Ordinal);
            PassageIndex.Build(directory, corpus.Passages, gazetteer, words, numbers);
        }

        File.WriteAllText(Path.Combine(folder, HashFileName), hash);
        LogRebuilt(logger, corpus.Documents.Count, corpus.Passages.Count, folder);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Passage index loaded: {Passages} passages, corpus version {Version}")]
    private static partial void LogLoaded(ILogger logger, int passages, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An old index build could not be removed")]
    private static partial void LogCleanupFailed(ILogger logger, Exception exception);
}
