using BenchmarkDotNet.Attributes;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// Latency of one search as <c>/api/search</c> runs it (analysis, query building, BM25, place re-ranking), on the
/// seed corpus and on 100,000 generated passages, cycling through the benchmark questions.
/// </summary>
[Config(typeof(SingleQueryLatencyConfig))]
[MemoryDiagnoser]
public class SearchBenchmarks
{
    public const int SyntheticPassages = 100_000;
    public const int SyntheticSeed = 20_261_123;

    private const int Top = 5;

    // Enough searches per question for tiered JIT to reach optimized code before measuring begins.
    private const int WarmupSearchesPerQuery = 50;

    private IReadOnlyList<string> _queries = [];
    private BenchmarkIndex? _index;
    private int _next;

    [Params(CorpusKind.Seeds, CorpusKind.Synthetic100K)]
    public CorpusKind Corpus { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seeds = CorpusLoader.Load(RepositoryFiles.SeedsDirectory).Passages;
        var passages = Corpus == CorpusKind.Seeds ? seeds : GenerateSynthetic(seeds);

        var started = TimeProvider.System.GetTimestamp();
        _index = BenchmarkIndex.Build(passages);
        Console.WriteLine($"// Built and opened an index of {passages.Count} passages in {TimeProvider.System.GetElapsedTime(started)}");

        _queries = BenchmarkQueries.All;
        var answered = 0;
        foreach (var query in _queries)
        {
            for (var i = 0; i < WarmupSearchesPerQuery; i++)
            {
                answered += _index.Retriever.SearchAsync(query, Top, CancellationToken.None).Result.Count > 0 ? 1 : 0;
            }
        }

        // A benchmark of searches that find nothing would measure an early exit, not retrieval.
        if (answered < _queries.Count * WarmupSearchesPerQuery / 2)
        {
            throw new InvalidOperationException($"Only {answered} warm-up searches found passages; the benchmark questions do not exercise retrieval.");
        }
    }

    [Benchmark(Description = "Search (analyze + BM25 + re-rank)")]
    public Task<IReadOnlyList<SearchHit>> SearchAsync()
    {
        var query = _queries[_next];
        _next = (_next + 1) % _queries.Count;
        return _index!.Retriever.SearchAsync(query, Top, CancellationToken.None);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index?.Dispose();
        _index = null;
    }

    private static IReadOnlyList<Passage> GenerateSynthetic(IReadOnlyList<Passage> seeds)
    {
        var started = TimeProvider.System.GetTimestamp();
        var passages = new SyntheticCorpus(seeds, RepositoryFiles.PlacesFile).Generate(SyntheticPassages, SyntheticSeed);
        Console.WriteLine($"// Generated {passages.Count} synthetic passages in {TimeProvider.System.GetElapsedTime(started)}");

        // Guard the generator's promises, so a broken generator cannot quietly produce a flattering benchmark.
        if (passages.Count != SyntheticPassages
            || passages.Any(p => p.Text.Length is 0 or > SyntheticCorpus.MaxPassageChars)
            || passages.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() != passages.Count)
        {
            throw new InvalidOperationException("The synthetic corpus broke its count, length or unique-id guarantees.");
        }

        return passages;
    }
}
