using BenchmarkDotNet.Attributes;
using Lucene.Net.Store;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Benchmarks;

/// <summary>What a re-index of the seeds costs: reading, cleaning and splitting them, then writing the Lucene index to disk.</summary>
[Config(typeof(ShortRunConfig))]
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private string _path = "";
    private PlaceGazetteer _places = PlaceGazetteer.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchmarkIndex.NewTempDirectory();
        _places = PlaceGazetteer.Load(RepositoryFiles.PlacesFile);
    }

    [Benchmark(Description = "Ingest seeds (clean + split)")]
    public Corpus Ingest() => CorpusLoader.Load(RepositoryFiles.SeedsDirectory);

    // Each build replaces the previous one in the same directory (the index is written in CREATE mode).
    [Benchmark(Description = "Ingest + index seeds")]
    public int IngestAndIndex()
    {
        var corpus = CorpusLoader.Load(RepositoryFiles.SeedsDirectory);
        using var directory = FSDirectory.Open(_path);
        PassageIndex.Build(directory, corpus.Passages, _places, RepositoryFiles.Words);
        return corpus.Passages.Count;
    }

    [GlobalCleanup]
    public void Cleanup() => System.IO.Directory.Delete(_path, recursive: true);
}
