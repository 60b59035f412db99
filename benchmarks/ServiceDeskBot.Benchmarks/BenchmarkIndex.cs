using Lucene.Net.Store;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// A passage index built on disk in a fresh temp directory, opened the way production opens it, with a retriever
/// over it. Disposing closes the index and deletes the directory.
/// </summary>
internal sealed class BenchmarkIndex : IDisposable
{
    private readonly string _path;

    private BenchmarkIndex(string path, PassageRetriever retriever)
    {
        _path = path;
        Retriever = retriever;
    }

    public PassageRetriever Retriever { get; }

    public QueryNormalizer Normalizer => Retriever.Normalizer;

    public static BenchmarkIndex Build(IReadOnlyList<Passage> passages)
    {
        var path = NewTempDirectory();
        var places = PlaceGazetteer.Load(RepositoryFiles.PlacesFile);
        using (var directory = FSDirectory.Open(path))
        {
            PassageIndex.Build(directory, passages, places, RepositoryFiles.Words);
        }

        var retriever = new PassageRetriever(new QueryNormalizer(SynonymSet.Load(RepositoryFiles.SynonymsFile), places, RepositoryFiles.Words), words: RepositoryFiles.Words);
        retriever.Use(PassageIndex.OpenFolder(path));
        return new BenchmarkIndex(path, retriever);
    }

    public static string NewTempDirectory() =>
        System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "servicedeskbot-bench-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        Retriever.Dispose();
        System.IO.Directory.Delete(_path, recursive: true);
    }
}
