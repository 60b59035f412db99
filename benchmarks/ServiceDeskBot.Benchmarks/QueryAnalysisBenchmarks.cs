using BenchmarkDotNet.Attributes;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Benchmarks;

/// <summary>Query analysis alone (NFKC, filler removal, place and synonym lookup), cycling through the benchmark questions.</summary>
[Config(typeof(ShortRunConfig))]
[MemoryDiagnoser]
public class QueryAnalysisBenchmarks
{
    private QueryNormalizer? _normalizer;
    private int _next;

    [GlobalSetup]
    public void Setup() => _normalizer = new QueryNormalizer(
        SynonymSet.Load(RepositoryFiles.SynonymsFile), PlaceGazetteer.Load(RepositoryFiles.PlacesFile), RepositoryFiles.Words);

    [Benchmark(Description = "Analyze one question")]
    public AnalyzedQuery Analyze()
    {
        var query = BenchmarkQueries.All[_next];
        _next = (_next + 1) % BenchmarkQueries.All.Count;
        return _normalizer!.Analyze(query);
    }
}
